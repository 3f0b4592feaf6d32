package org.udpsim.reports.report;

import java.util.ArrayList;
import java.util.List;
import org.udpsim.impairments.GivenOption;
import org.udpsim.impairments.NetemForm;
import org.udpsim.impairments.NetemOptions;
import org.udpsim.impairments.NetemSpec;
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

    /** Each option of {@code spec} in words, from its form's words in {@link NetemOptions}, in netem's order. */
    static List<String> words(NetemSpec spec, Labels labels) {
        List<String> w = new ArrayList<>();
        for (GivenOption g : NetemOptions.read(spec.toNetem())) {
            NetemForm.Words words = g.form().words();
            w.add(g.words(labels.lang() == Lang.ZH ? words.zh() : words.en()));
        }
        return w;
    }
}
