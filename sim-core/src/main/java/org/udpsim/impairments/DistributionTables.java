package org.udpsim.impairments;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * netem's delay distribution tables, rebuilt from iproute2's generators (netem/normal.c, pareto.c,
 * paretonormal.c): 4096 values of the inverse distribution function at evenly spaced quantiles, in units of the
 * jitter, rounded to 1/8192 and cut to a 16-bit range as netem stores them (NETEM_DIST_SCALE = 8192).
 */
final class DistributionTables {
    /** Entries per table, as the tables iproute2 ships. */
    static final int SIZE = 4096;
    private static final int SCALE = 8192;

    private static final double[] NORMAL;
    private static final double[] PARETO;
    private static final double[] PARETONORMAL;

    static {
        int[] normal = new int[SIZE];
        int[] pareto = new int[SIZE];
        int[] paretoNormal = new int[SIZE];
        NormalDistribution standard = new NormalDistribution(null, 0, 1);
        for (int n = 0; n < SIZE; n++) {
            double q = n / (double) SIZE;
            double x = n == 0 ? Double.NEGATIVE_INFINITY : standard.inverseCumulativeProbability(q);
            normal[n] = clip(Math.rint(x * SCALE));
            // Pareto with shape 3 and minimum 1 (mean 1.5), shifted to mean 0 and scaled by 4/3.
            double p = (1.0 / Math.cbrt(1 - q) - 1.5) * (4.0 / 3.0) * SCALE;
            pareto[n] = (int) Math.rint(Math.min(p, Short.MAX_VALUE));
            paretoNormal[n] = clip((normal[n] + 3 * pareto[n]) / 4);
        }
        NORMAL = unscale(normal);
        PARETO = unscale(pareto);
        PARETONORMAL = unscale(paretoNormal);
    }

    private DistributionTables() {
    }

    /** The table for a distribution, in units of the jitter; null for uniform, which needs none. */
    static double[] table(Distribution d) {
        return switch (d) {
            case UNIFORM -> null;
            case NORMAL -> NORMAL;
            case PARETO -> PARETO;
            case PARETONORMAL -> PARETONORMAL;
        };
    }

    private static int clip(double v) {
        return (int) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
    }

    private static double[] unscale(int[] t) {
        double[] d = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            d[i] = t[i] / (double) SCALE;
        }
        return d;
    }
}
