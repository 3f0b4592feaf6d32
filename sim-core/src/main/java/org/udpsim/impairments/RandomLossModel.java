package org.udpsim.impairments;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * netem's {@code loss random}: each packet is lost with the same probability, drawn by netem's correlated
 * generator (loss_event with CLG_RANDOM in sch_netem.c). One draw per packet.
 */
public final class RandomLossModel implements LossModel {
    private final long threshold;
    private final CorrelatedRandom random;

    public RandomLossModel(RandomLoss loss, RandomGenerator rng) {
        this.threshold = CorrelatedRandom.scale(loss.percent());
        this.random = new CorrelatedRandom(rng, loss.correlationPercent());
    }

    @Override
    public boolean drop() {
        return random.chance(threshold);
    }
}
