package org.udpsim.impairments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** Statistical bounds for the tests, all at 99.9 % two-sided. */
final class Stats {
    static final double CONFIDENCE = 0.999;

    private Stats() {
    }

    /** The two-sided normal quantile for {@link #CONFIDENCE}, about 3.29. */
    static double z() {
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    }

    /** Asserts that {@code successes} out of {@code trials} lies in the binomial 99.9 % interval for {@code p}. */
    static void assertBinomial(String what, long successes, int trials, double p) {
        BinomialDistribution b = new BinomialDistribution(null, trials, p);
        int low = b.inverseCumulativeProbability((1 - CONFIDENCE) / 2);
        int high = b.inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        assertTrue(successes >= low && successes <= high,
                what + ": " + successes + " of " + trials + " is outside the 99.9% interval [" + low + ", " + high
                        + "] for p = " + p);
    }

    /** Asserts |mean − expected| ≤ z · standardError. */
    static void assertMean(String what, double mean, double expected, double standardError) {
        double bound = z() * standardError;
        assertTrue(Math.abs(mean - expected) <= bound,
                what + ": " + mean + " is farther than " + bound + " from " + expected);
    }

    /**
     * Asserts that the share of true values in a correlated 0/1 series (a Markov chain's losses) is within the 99.9 %
     * batch-means interval around {@code expected}, using Student's t with batches − 1 degrees of freedom.
     */
    static void assertShareOfCorrelated(String what, boolean[] series, double expected) {
        int batches = 50;
        long hits = 0;
        for (boolean b : series) {
            hits += b ? 1 : 0;
        }
        double share = hits / (double) series.length;
        double t = new TDistribution(null, batches - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        double bound = t * batchStandardError(series, batches);
        assertTrue(Math.abs(share - expected) <= bound,
                what + ": share " + share + " is farther than " + bound + " from " + expected);
    }

    /**
     * The standard error of the mean of a correlated 0/1 series by batch means: the spread of the means of
     * {@code batches} equal batches, over the square root of their number.
     */
    static double batchStandardError(boolean[] series, int batches) {
        int size = series.length / batches;
        double[] means = new double[batches];
        double total = 0;
        for (int b = 0; b < batches; b++) {
            int hits = 0;
            for (int i = b * size; i < (b + 1) * size; i++) {
                hits += series[i] ? 1 : 0;
            }
            means[b] = hits / (double) size;
            total += means[b];
        }
        double mean = total / batches;
        double ss = 0;
        for (double m : means) {
            ss += (m - mean) * (m - mean);
        }
        return Math.sqrt(ss / (batches - 1) / batches);
    }
}
