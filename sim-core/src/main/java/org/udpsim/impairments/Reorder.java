package org.udpsim.impairments;

/**
 * netem's {@code reorder PERCENT [CORRELATION] [gap DISTANCE]}: a share of packets is sent at once while the
 * others wait out the delay, so the ones sent at once overtake packets sent before them (tc-netem(8)).
 *
 * <p>With {@code gap N}, only every N-th packet may be sent at once: after N − 1 delayed packets, each packet is
 * sent at once with probability {@code percent}, otherwise delayed too (sch_netem.c, netem_enqueue). Without a gap
 * ({@code gap} 1) every packet may be. Reordering needs a delay to overtake.
 *
 * @param percent the probability that an eligible packet is sent at once, 0 to 100
 * @param correlationPercent how much each draw leans on the previous one
 * @param gap every how many packets one is eligible; 1 means every packet
 */
public record Reorder(double percent, double correlationPercent, int gap) {
    /** No reordering. */
    public static final Reorder NONE = new Reorder(0, 0, 1);

    public Reorder {
        Checks.percent("reorder", percent);
        Checks.percent("reorder correlation", correlationPercent);
        Checks.atLeast("gap", 1, gap);
        if (percent == 0 && gap > 1) {
            throw new NetemException("gap", "gap " + gap + " needs reorder: it makes one packet in every " + gap
                    + " eligible to be sent at once, e.g. \"delay 10ms reorder 100% gap " + gap + "\"");
        }
    }

    /** Reordering of every packet with this probability. */
    public static Reorder of(double percent) {
        return new Reorder(percent, 0, 1);
    }

    public boolean isNone() {
        return percent == 0;
    }

    /** In netem syntax, e.g. {@code reorder 25% 50% gap 5}; empty if none. */
    public String toNetem() {
        String s = PercentOption.toNetem("reorder", percent, correlationPercent);
        return gap > 1 ? s + " gap " + gap : s;
    }
}
