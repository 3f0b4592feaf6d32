package org.udpsim.impairments;

/**
 * netem's {@code loss gemodel p [r [1-h [1-k]]]}: losses from the Gilbert-Elliott model, a good and a bad state
 * with a loss probability each (tc-netem(8); loss_gilb_ell in sch_netem.c).
 *
 * <p>All four values are in percent: {@code p} moves from good to bad, {@code r} from bad back to good,
 * {@code oneMinusH} (1−h) is the loss probability in the bad state and {@code oneMinusK} (1−k) in the good state.
 * Each packet is lost or not by the state it finds, then the state may change for the next packet.
 *
 * <p>netem's defaults for the values not given (q_netem.c and the man page): {@code r = 100% − p},
 * {@code 1−h = 100%}, {@code 1−k = 0}; so {@code gemodel p} alone is independent loss with probability p, and
 * {@code gemodel p r} is the simple Gilbert model: bursts of mean length 1/r and a loss share of p / (p + r).
 */
public record GeModelLoss(double p, double r, double oneMinusH, double oneMinusK) implements Loss {
    public GeModelLoss {
        Checks.percent("loss gemodel p", p);
        Checks.percent("loss gemodel r", r);
        Checks.percent("loss gemodel 1-h", oneMinusH);
        Checks.percent("loss gemodel 1-k", oneMinusK);
    }

    /** The model with netem's defaults for every value after the given ones (1 to 4 values, in order). */
    public static GeModelLoss withDefaults(double... given) {
        if (given.length < 1 || given.length > 4) {
            throw new NetemException("loss gemodel", "loss gemodel takes p [r [1-h [1-k]]], 1 to 4 values, got "
                    + given.length);
        }
        double p = given[0];
        double r = given.length > 1 ? given[1] : 100 - p;
        double oneMinusH = given.length > 2 ? given[2] : 100;
        double oneMinusK = given.length > 3 ? given[3] : 0;
        return new GeModelLoss(p, r, oneMinusH, oneMinusK);
    }

    @Override
    public boolean isNone() {
        // The model starts good: it loses only if the good state loses, or if it can reach a bad state that does.
        return oneMinusK == 0 && (p == 0 || oneMinusH == 0);
    }

    @Override
    public String toNetem() {
        double[] values = {p, r, oneMinusH, oneMinusK};
        double[] defaults = {Double.NaN, 100 - p, 100, 0};
        int n = values.length;
        while (n > 1 && values[n - 1] == defaults[n - 1]) {
            n--;
        }
        StringBuilder sb = new StringBuilder("loss gemodel");
        for (int i = 0; i < n; i++) {
            sb.append(' ').append(NetemFormat.percent(values[i]));
        }
        return sb.toString();
    }
}
