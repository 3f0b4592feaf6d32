package org.udpsim.impairments;

/**
 * netem's {@code loss [random] PERCENT [CORRELATION]}: each packet is lost with the same probability
 * (tc-netem(8)).
 *
 * <p>netem marks the correlation as deprecated: its correlated generator averages each draw with the previous
 * one, which narrows the spread of the draws, so far fewer packets are lost than {@code percent} says. For bursts
 * of losses use {@link GeModelLoss} or {@link StateLoss}.
 *
 * @param percent the probability that a packet is lost, 0 to 100
 * @param correlationPercent how much each draw leans on the previous one (deprecated by netem)
 */
public record RandomLoss(double percent, double correlationPercent) implements Loss {
    /** No loss. */
    public static final RandomLoss NONE = new RandomLoss(0, 0);

    public RandomLoss {
        Checks.percent("loss", percent);
        Checks.percent("loss correlation", correlationPercent);
    }

    /** Independent loss with this probability. */
    public static RandomLoss of(double percent) {
        return new RandomLoss(percent, 0);
    }

    @Override
    public boolean isNone() {
        return percent == 0;
    }

    @Override
    public String toNetem() {
        return PercentOption.toNetem("loss", percent, correlationPercent);
    }
}
