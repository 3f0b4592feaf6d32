package org.udpsim.impairments;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * netem's {@code loss gemodel}: the Gilbert-Elliott chain of {@link GeModelLoss}, starting in the good state, two
 * uniform draws per packet.
 */
public final class GilbertElliottLossModel implements LossModel {
    private final RandomGenerator rng;
    private final long p;
    private final long r;
    /** h as the kernel keeps it: 2³²−1 minus the scaled 1−h. */
    private final long h;
    private final long oneMinusK;
    private boolean bad;

    public GilbertElliottLossModel(GeModelLoss loss, RandomGenerator rng) {
        this.rng = rng;
        this.p = CorrelatedRandom.scale(loss.p());
        this.r = CorrelatedRandom.scale(loss.r());
        this.h = 0xffff_ffffL - CorrelatedRandom.scale(loss.oneMinusH());
        this.oneMinusK = CorrelatedRandom.scale(loss.oneMinusK());
    }

    /*
     * loss_gilb_ell in sch_netem.c: the first draw may change the state for the next packet; the second decides the
     * loss by the state the packet found: lost with 1−k when good (draw < 1−k), with 1−h when bad (draw > h).
     */
    @Override
    public boolean drop() {
        if (!bad) {
            if (CorrelatedRandom.u32(rng) < p) {
                bad = true;
            }
            return CorrelatedRandom.u32(rng) < oneMinusK;
        }
        if (CorrelatedRandom.u32(rng) < r) {
            bad = false;
        }
        return CorrelatedRandom.u32(rng) > h;
    }
}
