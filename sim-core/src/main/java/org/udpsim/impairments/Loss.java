package org.udpsim.impairments;

/**
 * netem's {@code loss}: which packets a hop loses, as one of netem's loss models or a scripted list
 * (tc-netem(8)). {@link #NONE} loses nothing.
 *
 * <p>A loss part is only a description; {@link LossModels#create} turns it into a {@link LossModel} that decides
 * packet by packet.
 */
public sealed interface Loss permits RandomLoss, StateLoss, GeModelLoss, ScriptedLoss {
    /** No loss. */
    Loss NONE = RandomLoss.NONE;

    /** True if this never loses a packet. */
    boolean isNone();

    /** In netem syntax, e.g. {@code loss 20%} or {@code loss gemodel 1% 10%}; empty if none. */
    String toNetem();
}
