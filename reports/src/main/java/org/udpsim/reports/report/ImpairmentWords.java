package org.udpsim.reports.report;

import java.util.ArrayList;
import java.util.List;
import org.udpsim.impairments.Delay;
import org.udpsim.impairments.Distribution;
import org.udpsim.impairments.GeModelLoss;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.impairments.RandomLoss;
import org.udpsim.impairments.ScriptedLoss;
import org.udpsim.impairments.StateLoss;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.Lang;

/** A hop's impairments in words a class understands: "loses 20 % of packets at random; delays every packet …". */
public final class ImpairmentWords {
    private ImpairmentWords() {
    }

    /**
     * The netem options {@code netem} and the hop's {@code note} (such as {@code retries 0}) in words, joined by
     * "; ". A line netem would not take is shown as it is.
     */
    public static String describe(String netem, String note, Labels labels) {
        List<String> parts = new ArrayList<>();
        if (!netem.isBlank()) {
            try {
                parts.addAll(words(NetemSpec.parse(netem), labels));
            } catch (IllegalArgumentException e) {
                parts.add(netem);
            }
        }
        if (note.startsWith("retries ")) {
            int retries = Integer.parseInt(note.substring("retries ".length()).trim());
            parts.add(retries == 0 ? labels.get("imp.noRetries") : labels.get("imp.retries", retries));
        } else if (!note.isBlank()) {
            parts.add(note);
        }
        return String.join(labels.lang() == Lang.ZH ? "；" : "; ", parts);
    }

    static List<String> words(NetemSpec spec, Labels labels) {
        List<String> w = new ArrayList<>();
        Delay d = spec.delay();
        if (!d.isNone()) {
            String[] t = d.toNetem().split(" ");
            String time = t[1];
            if (d.jitterNanos() > 0) {
                time = labels.get("imp.jitter", time, t[2]);
                if (d.distribution() != Distribution.UNIFORM) {
                    time += labels.get("imp.distribution", d.distribution().netemName());
                }
            }
            w.add(labels.get("imp.delay", time));
        }
        if (spec.loss() instanceof RandomLoss r && !r.isNone()) {
            w.add(labels.get("imp.loss", token(r.toNetem(), 1)));
        } else if (spec.loss() instanceof GeModelLoss g) {
            w.add(labels.get("imp.gemodel", token(g.toNetem(), 2), token(g.toNetem(), 3)));
        } else if (spec.loss() instanceof StateLoss) {
            w.add(labels.get("imp.state"));
        } else if (spec.loss() instanceof ScriptedLoss s) {
            w.add(labels.get("imp.scripted", String.join(", ", s.packetNumbers().stream().map(String::valueOf).toList())));
        }
        if (!spec.duplicate().isNone()) {
            w.add(labels.get("imp.duplicate", token(spec.duplicate().toNetem(), 1)));
        }
        if (!spec.corrupt().isNone()) {
            w.add(labels.get("imp.corrupt", token(spec.corrupt().toNetem(), 1)));
        }
        if (!spec.reorder().isNone()) {
            w.add(labels.get("imp.reorder", token(spec.reorder().toNetem(), 1)));
        }
        if (!spec.rate().isNone()) {
            w.add(labels.get("imp.rate", spec.rate().toNetem().replaceFirst("^rate ", "")));
        }
        if (spec.limit() != NetemSpec.DEFAULT_LIMIT) {
            w.add(labels.get("imp.limit", spec.limit()));
        }
        return w;
    }

    /** Word {@code i} of a netem option as written, e.g. {@code 20%} of {@code loss 20%}; empty if it has none. */
    private static String token(String option, int i) {
        String[] t = option.split(" ");
        return i < t.length ? t[i] : "";
    }
}
