package org.udpsim.impairments;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Draws netem's per-packet delay: {@code time} plus a jitter shaped by the distribution, from netem's correlated
 * generator (tabledist in sch_netem.c). The result may be negative when the jitter exceeds the time.
 *
 * <p>One deliberate difference from the kernel: netem reduces the correlated 32-bit number modulo 2·jitter (uniform)
 * or the table size (tables), which scatters its high bits and with them the correlation; here the number is
 * scaled instead, so the correlation a teacher asks for shows in the delays. Without correlation both give the
 * same distribution.
 */
final class DelaySampler {
    private static final double TWO_32 = 4294967296.0;

    private final long time;
    private final long jitter;
    private final double[] table;
    private final CorrelatedRandom random;

    DelaySampler(Delay delay, RandomGenerator rng) {
        this.time = delay.timeNanos();
        this.jitter = delay.jitterNanos();
        this.table = DistributionTables.table(delay.distribution());
        this.random = jitter == 0 ? null : new CorrelatedRandom(rng, delay.correlationPercent());
    }

    /** The next packet's delay in nanoseconds; draws nothing when there is no jitter. */
    long next() {
        if (jitter == 0) {
            return time;
        }
        long r = random.next();
        if (table == null) {
            // Uniform over [time − jitter, time + jitter).
            return time - jitter + (long) (r / TWO_32 * (2.0 * jitter));
        }
        double t = table[(int) (r >>> 20)];
        return time + Math.round(jitter * t);
    }
}
