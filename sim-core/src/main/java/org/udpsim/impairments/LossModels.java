package org.udpsim.impairments;

import org.apache.commons.math3.random.RandomGenerator;

/** Makes the {@link LossModel} that a {@link Loss} part describes. */
public final class LossModels {
    private LossModels() {
    }

    /**
     * A fresh model for {@code loss}, in its initial state, drawing from {@code rng}.
     *
     * @param loss the loss part of a spec, e.g. {@code spec.loss()}
     * @param rng the random stream the model draws from, e.g. {@code sim.random().stream("hop:a->b/loss")}
     */
    public static LossModel create(Loss loss, RandomGenerator rng) {
        if (loss.isNone()) {
            return LossModel.NEVER;
        }
        if (loss instanceof RandomLoss r) {
            return new RandomLossModel(r, rng);
        }
        if (loss instanceof StateLoss s) {
            return new FourStateLossModel(s, rng);
        }
        if (loss instanceof GeModelLoss g) {
            return new GilbertElliottLossModel(g, rng);
        }
        if (loss instanceof ScriptedLoss s) {
            return new ScriptedLossModel(s);
        }
        throw new IllegalArgumentException("unknown loss part " + loss);
    }
}
