package org.udpsim.impairments;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * netem's source of random numbers for one option: uniform 32-bit numbers, each optionally averaged with the
 * previous one by a correlation (get_crandom in sch_netem.c).
 *
 * <p>With correlation ρ, the next number is {@code (v·(2³²−ρ') + last·ρ') >> 32} with {@code v} a fresh uniform
 * number and {@code ρ' = ρ·(2³²−1) + 1}, computed in unsigned 64-bit arithmetic as netem does. This keeps the mean
 * but narrows the spread, which is why netem deprecates loss correlation. Shares are compared as netem compares
 * them: an event with share P happens when {@code P·(2³²−1) >= draw}.
 */
final class CorrelatedRandom {
    private static final long TWO_32 = 1L << 32;
    private static final double U32_MAX = 4294967295.0;

    private final RandomGenerator rng;
    /** ρ' scaled to 2³², or 0 without correlation. */
    private final long rho;
    private long last;

    CorrelatedRandom(RandomGenerator rng, double correlationPercent) {
        this.rng = rng;
        long scaled = scale(correlationPercent);
        this.rho = scaled == 0 ? 0 : scaled + 1;
        this.last = rho == 0 ? 0 : u32(rng);
    }

    /** A share in percent as netem stores it: {@code rint(percent/100 · (2³²−1))}. */
    static long scale(double percent) {
        return (long) Math.rint(percent / 100.0 * U32_MAX);
    }

    /** A fresh uniform number in [0, 2³²) from the generator. */
    static long u32(RandomGenerator rng) {
        return rng.nextInt() & 0xffff_ffffL;
    }

    /** The next number in [0, 2³²). */
    long next() {
        long value = u32(rng);
        if (rho == 0) {
            return value;
        }
        // value·(2³²−ρ') + last·ρ' < 2⁶⁴: correct in unsigned arithmetic, so shift without sign.
        long answer = (value * (TWO_32 - rho) + last * rho) >>> 32;
        last = answer;
        return answer;
    }

    /** True with netem's share {@code threshold} ({@link #scale}); draws nothing when the share is 0. */
    boolean chance(long threshold) {
        return threshold != 0 && threshold >= next();
    }
}
