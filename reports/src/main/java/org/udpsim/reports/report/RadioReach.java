package org.udpsim.reports.report;

import java.util.Locale;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.impairments.RandomLoss;
import org.udpsim.reports.run.RunInfo;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.data.DropWords;

/**
 * Where a hop's impairment applies and what its loss comes to end to end, in words. An access point's {@code radio:}
 * applies to every station's radio hop, both ways (station → access point and access point → station), to each try
 * of a frame: a unicast frame is tried up to {@code 1 + retries} times and lost only if every try is, a broadcast
 * frame from the access point is sent to each station once. A datagram from one board to another crosses two radio
 * hops, so a loss of {@code p} per try comes to {@code 1 - (1 - p^(r+1))^2} end to end for unicast and
 * {@code 1 - (1 - p^(r+1)) (1 - p)} for a broadcast (its way up to the access point is a unicast frame). A loss on
 * one radio hop ({@code client -> classroom}) applies to that direction only, per try. Loss other than netem's
 * random loss (bursts, scripts) is described without a figure.
 */
public final class RadioReach {
    private RadioReach() {
    }

    /** Where {@code hop} applies and, for random loss, what it comes to; empty for a hop without loss. */
    public static String describe(RunInfo info, RunInfo.HopImpairment hop, Labels l) {
        double p = lossShare(hop.netem());
        int retries = retries(info, hop);
        if (hop.from().equals("*")) {
            if (p < 0) {
                return hop.netem().isBlank() ? "" : l.get("reach.everyHop", hop.to());
            }
            double unicast = 1 - Math.pow(1 - Math.pow(p, retries + 1), 2);
            double broadcast = 1 - (1 - Math.pow(p, retries + 1)) * (1 - p);
            return l.get("reach.everyHop", hop.to()) + " " + l.get("reach.endToEnd", retries, pct(unicast, l),
                    pct(broadcast, l));
        }
        if (p < 0) {
            return "";
        }
        boolean radio = isRadioHop(info, hop);
        if (!radio) {
            return l.get("reach.wired", hop.from(), hop.to(), pct(p, l));
        }
        return l.get("reach.oneRadioHop", hop.from(), hop.to(), retries, pct(Math.pow(p, retries + 1), l));
    }

    /** The share of frames netem's random loss drops, or -1 if {@code netem} has no random loss. */
    static double lossShare(String netem) {
        if (netem.isBlank()) {
            return -1;
        }
        try {
            if (NetemSpec.parse(netem).loss() instanceof RandomLoss r && !r.isNone()) {
                return r.percent() / 100;
            }
        } catch (IllegalArgumentException e) {
            return -1;
        }
        return -1;
    }

    /** The retries of the access point at either end of a radio hop (802.11's 7 if the run does not say). */
    static int retries(RunInfo info, RunInfo.HopImpairment hop) {
        int r = DropWords.retries(info, hop.from() + "->" + hop.to());
        return r < 0 ? 7 : r;
    }

    private static boolean isRadioHop(RunInfo info, RunInfo.HopImpairment hop) {
        return info.connections().stream().anyMatch(c -> c.radio()
                && (c.a().equals(hop.from()) && c.b().equals(hop.to()) || c.a().equals(hop.to()) && c.b().equals(hop.from())));
    }

    private static String pct(double share, Labels l) {
        double v = 100 * share;
        return v > 0 && v < 0.01 ? l.get("reach.tiny")
                : l.get("reach.about", String.format(Locale.ROOT, v < 1 ? "%.2f %%" : "%.1f %%", v));
    }
}
