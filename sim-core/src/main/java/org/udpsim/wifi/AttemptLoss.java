package org.udpsim.wifi;

import org.apache.commons.math3.random.RandomGenerator;

/** Decides, for one transmission attempt of a frame on a radio hop, whether the receiver missed it. */
@FunctionalInterface
interface AttemptLoss {
    /** No attempt is ever lost. */
    AttemptLoss NONE = () -> false;

    /** True if this attempt is lost; called once per attempt, in the order of the attempts on the hop. */
    boolean lost();

    /** Each attempt is lost independently with probability {@code p}, one draw of {@code random} per attempt. */
    static AttemptLoss bernoulli(RandomGenerator random, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a loss probability must be 0-1 (0-100 %), was " + p);
        }
        return () -> random.nextDouble() < p;
    }
}
