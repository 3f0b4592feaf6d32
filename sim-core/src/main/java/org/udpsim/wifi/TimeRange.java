package org.udpsim.wifi;

import org.apache.commons.math3.random.RandomGenerator;
import org.udpsim.kernel.SimTime;

/**
 * A span of simulated time from which a duration is drawn uniformly, such as "a scan takes 1.5 to 2.5 s".
 *
 * @param minNanos the shortest duration, in ns
 * @param maxNanos the longest duration, in ns; equal to {@code minNanos} for a fixed duration
 */
public record TimeRange(long minNanos, long maxNanos) {
    public TimeRange {
        if (minNanos < 0) {
            throw new IllegalArgumentException("a time range must not start below 0 s, was " + SimTime.format(minNanos) + " s");
        }
        if (maxNanos < minNanos) {
            throw new IllegalArgumentException("a time range must not end (" + SimTime.format(maxNanos)
                    + " s) before it starts (" + SimTime.format(minNanos) + " s)");
        }
    }

    /** The range from {@code min} to {@code max} seconds. */
    public static TimeRange seconds(double min, double max) {
        return new TimeRange(SimTime.seconds(min), SimTime.seconds(max));
    }

    /** A duration drawn uniformly from the range, using exactly one draw of {@code random}. */
    public long draw(RandomGenerator random) {
        double u = random.nextDouble();
        return minNanos + Math.round(u * (maxNanos - minNanos));
    }

    @Override
    public String toString() {
        return SimTime.format(minNanos) + "-" + SimTime.format(maxNanos) + " s";
    }
}
