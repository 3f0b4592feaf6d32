package org.udpsim.sweep;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The interval a sweep gives around each mean: a <b>percentile bootstrap of the mean</b> over the replications.
 * The replications' values are drawn with replacement {@link #RESAMPLES} times, each draw as many values as there
 * are replications; the mean of every draw is taken, and the interval runs from the 250th smallest of those means
 * to the 250th largest (the 2.5th and 97.5th percentiles, for 95 %).
 *
 * <p>Why this method and not Student's t (mean ± t·sd/√n, which sweeps used before): a sweep's figures are bounded
 * and skewed. A share lies in [0, 1] and a time is never negative, but TCP's time to first delivery is a few tens
 * of milliseconds in most runs and 1 s, 3 s or 7 s in the runs whose SYN was lost, and its delivered share is 1 in
 * most runs and far lower in the few whose connection gave up. Student's t assumes a symmetric, near-normal mean and
 * drew bands below 0 ms and above 100 %, claiming values no run can give. Every resampled mean is a mean of values
 * that were measured, so the bootstrap interval lies within the smallest and the largest value measured, and so
 * within the quantity's range, and it follows the skew (a long upper tail gives a longer upper half). One method
 * for all four figures keeps the band the same kind of thing on every chart. A Wilson interval does not fit the
 * shares: a run's share is not one yes-or-no trial, and the messages of one run are not independent (a TCP run
 * delivers all of them or stops), so pooling them as trials would draw a band far too narrow.
 *
 * <p>Its limit: with few replications the percentile bootstrap is too narrow (it sees only the values it was
 * given: with every replication equal, the interval is that value alone). With 20 or more replications it is
 * close to its nominal 95 %; the report says how many runs each mean rests on.
 *
 * <p>Deterministic: the draws come from a SplitMix64 generator seeded from the point, the protocol and the figure
 * ({@link #seed}), never from a clock or a shared generator, and the values are taken in replication order. So
 * one job or eight, one machine or eight shards merged, give the same interval to the last bit.
 */
public final class Bootstrap {
    /** How many resamples each interval is made of. */
    public static final int RESAMPLES = 10_000;
    /** The method's name, as {@code sweep.json} states it. */
    public static final String METHOD = "percentile bootstrap of the mean";

    private Bootstrap() {
    }

    /**
     * The percentile bootstrap interval of the mean of {@code values} at {@code level} (e.g. 0.95), as {low, high}:
     * NaN for fewer than 2 values.
     */
    public static double[] meanInterval(double[] values, double level, long seed) {
        int n = values.length;
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the level must lie between 0 and 1, was " + level);
        }
        double min = Arrays.stream(values).min().getAsDouble();
        double max = Arrays.stream(values).max().getAsDouble();
        if (min == max) {
            return new double[] {min, max};
        }
        SplitMix64 random = new SplitMix64(seed);
        double[] means = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[random.nextInt(n)];
            }
            means[b] = sum / n;
        }
        Arrays.sort(means);
        int k = (int) Math.round(RESAMPLES * (1 - level) / 2); // 250 for 95 %
        double low = means[Math.max(0, k - 1)];
        double high = means[Math.min(RESAMPLES - 1, RESAMPLES - k)];
        // a mean of measured values cannot leave their range; rounding in the sum must not make it seem to
        return new double[] {Math.max(min, low), Math.min(max, high)};
    }

    /**
     * The seed of one interval: from the grid point's index, the protocol and the figure (FNV-1a over
     * {@code point/protocol/figure}), so it depends on nothing but what the interval is of.
     */
    public static long seed(int point, String protocol, String figure) {
        long h = 0xcbf29ce484222325L;
        for (byte b : (point + "/" + protocol + "/" + figure).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64 (Steele, Lea and Flood 2014), written out so its numbers never depend on the JDK. */
    static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            state = seed;
        }

        long nextLong() {
            long z = (state += 0x9e3779b97f4a7c15L);
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }

        /** A number in [0, bound), by the multiply-shift method (biased by at most bound / 2^32). */
        int nextInt(int bound) {
            return (int) (((nextLong() >>> 32) * bound) >>> 32);
        }
    }
}
