package org.udpsim.impairments;

/**
 * netem's {@code loss state p13 [p31 [p32 [p23 [p14]]]]}: losses from a 4-state Markov chain, the GI model of
 * Salsano, Ludovici and Ordine (tc-netem(8); loss_4state in sch_netem.c).
 *
 * <p>State 1 is good reception, state 2 good reception within a burst, state 3 a loss within a burst and state 4
 * an isolated loss. A packet is lost when the chain moves into state 3 or 4. The transition probabilities, in
 * percent: {@code p13} (1 → 3) starts a burst, {@code p31} (3 → 1) ends it, {@code p32} (3 → 2) and {@code p23}
 * (2 → 3) move within it, {@code p14} (1 → 4) is an isolated loss; state 4 always returns to 1.
 *
 * <p>netem's defaults for the parameters not given (q_netem.c): {@code p31 = 100% − p13}, {@code p32 = 0},
 * {@code p23 = 100%}, {@code p14 = 0}, so {@code loss state P} alone is independent loss with probability P.
 */
public record StateLoss(double p13, double p31, double p32, double p23, double p14) implements Loss {
    public StateLoss {
        Checks.percent("loss state p13", p13);
        Checks.percent("loss state p31", p31);
        Checks.percent("loss state p32", p32);
        Checks.percent("loss state p23", p23);
        Checks.percent("loss state p14", p14);
        if (p13 + p14 > 100) {
            throw new NetemException("loss state p14", "loss state: p13 + p14 are the ways out of state 1, so together"
                    + " at most 100%, were " + NetemFormat.percent(p13) + " + " + NetemFormat.percent(p14));
        }
        if (p31 + p32 > 100) {
            throw new NetemException("loss state p32", "loss state: p31 + p32 are the ways out of state 3, so together"
                    + " at most 100%, were " + NetemFormat.percent(p31) + " + " + NetemFormat.percent(p32));
        }
    }

    /** The model with netem's defaults for every parameter after the given ones (1 to 5 values, in order). */
    public static StateLoss withDefaults(double... given) {
        if (given.length < 1 || given.length > 5) {
            throw new NetemException("loss state", "loss state takes p13 [p31 [p32 [p23 [p14]]]], 1 to 5 values, got "
                    + given.length);
        }
        double p13 = given[0];
        double p31 = given.length > 1 ? given[1] : 100 - p13;
        double p32 = given.length > 2 ? given[2] : 0;
        double p23 = given.length > 3 ? given[3] : 100;
        double p14 = given.length > 4 ? given[4] : 0;
        return new StateLoss(p13, p31, p32, p23, p14);
    }

    @Override
    public boolean isNone() {
        return p13 == 0 && p14 == 0;
    }

    @Override
    public String toNetem() {
        double[] values = {p13, p31, p32, p23, p14};
        double[] defaults = {Double.NaN, 100 - p13, 0, 100, 0};
        int n = values.length;
        while (n > 1 && values[n - 1] == defaults[n - 1]) {
            n--;
        }
        StringBuilder sb = new StringBuilder("loss state");
        for (int i = 0; i < n; i++) {
            sb.append(' ').append(NetemFormat.percent(values[i]));
        }
        return sb.toString();
    }
}
