package org.udpsim.impairments;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * netem's {@code loss state}: the 4-state Markov chain of {@link StateLoss}, one uniform draw per packet, starting in
 * state 1 (good reception in a gap period).
 */
public final class FourStateLossModel implements LossModel {
    private static final int TX_IN_GAP = 1;
    private static final int TX_IN_BURST = 2;
    private static final int LOST_IN_BURST = 3;
    private static final int LOST_IN_GAP = 4;

    private final RandomGenerator rng;
    private final long p13;
    private final long p31;
    private final long p32;
    private final long p23;
    private final long p14;
    private int state = TX_IN_GAP;

    public FourStateLossModel(StateLoss loss, RandomGenerator rng) {
        this.rng = rng;
        this.p13 = CorrelatedRandom.scale(loss.p13());
        this.p31 = CorrelatedRandom.scale(loss.p31());
        this.p32 = CorrelatedRandom.scale(loss.p32());
        this.p23 = CorrelatedRandom.scale(loss.p23());
        this.p14 = CorrelatedRandom.scale(loss.p14());
    }

    /*
     * loss_4state in sch_netem.c: one draw r decides the next state; the packet is lost when the chain moves into
     * state 3 or 4. From 1: r < p14 → 4, else r < p13 + p14 → 3, else stay. From 2: r < p23 → 3, else stay.
     * From 3: r < p32 → 2, else r < p31 + p32 → 1, else stay (lost). From 4: back to 1.
     */
    @Override
    public boolean drop() {
        long r = CorrelatedRandom.u32(rng);
        switch (state) {
            case TX_IN_GAP:
                if (r < p14) {
                    state = LOST_IN_GAP;
                    return true;
                }
                if (r < p13 + p14) {
                    state = LOST_IN_BURST;
                    return true;
                }
                return false;
            case TX_IN_BURST:
                if (r < p23) {
                    state = LOST_IN_BURST;
                    return true;
                }
                return false;
            case LOST_IN_BURST:
                if (r < p32) {
                    state = TX_IN_BURST;
                    return false;
                }
                if (r < p31 + p32) {
                    state = TX_IN_GAP;
                    return false;
                }
                return true;
            default:
                state = TX_IN_GAP;
                return false;
        }
    }
}
