package org.udpsim.impairments;

/**
 * netem's {@code corrupt PERCENT [CORRELATION]}: the share of packets that get one random bit flipped
 * (tc-netem(8)). The receiver's checksum then catches the damage, as a real stack would.
 *
 * @param percent the share of packets corrupted, 0 to 100
 * @param correlationPercent how much each draw leans on the previous one
 */
public record Corrupt(double percent, double correlationPercent) {
    /** No corruption. */
    public static final Corrupt NONE = new Corrupt(0, 0);

    public Corrupt {
        Checks.percent("corrupt", percent);
        Checks.percent("corrupt correlation", correlationPercent);
    }

    public boolean isNone() {
        return percent == 0;
    }

    /** In netem syntax, e.g. {@code corrupt 0.1%}; empty if none. */
    public String toNetem() {
        return PercentOption.toNetem("corrupt", percent, correlationPercent);
    }
}
