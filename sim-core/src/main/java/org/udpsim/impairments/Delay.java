package org.udpsim.impairments;

/**
 * netem's {@code delay TIME [JITTER [CORRELATION]] [distribution NAME]}: how long each packet waits before it is
 * sent, drawn per packet around {@code time} with spread {@code jitter} (tc-netem(8)).
 *
 * <p>Each packet gets its own delay and packets leave in the order of their send times, so jitter alone reorders
 * packets, as in netem. A drawn delay below zero sends the packet at once.
 *
 * @param timeNanos the mean delay, in nanoseconds
 * @param jitterNanos the spread around it, in nanoseconds; 0 for a fixed delay
 * @param correlationPercent how much each random draw leans on the previous one (netem's {@code get_crandom})
 * @param distribution the shape of the spread; anything but uniform needs a jitter
 */
public record Delay(long timeNanos, long jitterNanos, double correlationPercent, Distribution distribution) {
    /** No delay at all. */
    public static final Delay NONE = new Delay(0, 0, 0, Distribution.UNIFORM);

    public Delay {
        Checks.time("delay", timeNanos);
        Checks.time("delay jitter", jitterNanos);
        Checks.percent("delay correlation", correlationPercent);
        if (distribution == null) {
            throw new NetemException("distribution", "distribution must be uniform, normal, pareto or paretonormal");
        }
        if (distribution != Distribution.UNIFORM && jitterNanos == 0) {
            throw new NetemException("distribution", "distribution " + distribution.netemName()
                    + " shapes the jitter, so it needs one, e.g. \"delay 100ms 10ms distribution "
                    + distribution.netemName() + "\"");
        }
    }

    /** A fixed delay. */
    public static Delay of(long timeNanos) {
        return new Delay(timeNanos, 0, 0, Distribution.UNIFORM);
    }

    /** A delay with uniform jitter and no correlation. */
    public static Delay of(long timeNanos, long jitterNanos) {
        return new Delay(timeNanos, jitterNanos, 0, Distribution.UNIFORM);
    }

    /** True if this adds no delay. */
    public boolean isNone() {
        return timeNanos == 0 && jitterNanos == 0;
    }

    /** This delay in netem syntax, e.g. {@code delay 100ms 10ms 25% distribution normal}; empty if none. */
    public String toNetem() {
        if (isNone() && correlationPercent == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder("delay ").append(NetemFormat.time(timeNanos));
        if (jitterNanos != 0 || correlationPercent != 0) {
            sb.append(' ').append(NetemFormat.time(jitterNanos));
            if (correlationPercent != 0) {
                sb.append(' ').append(NetemFormat.percent(correlationPercent));
            }
        }
        if (distribution != Distribution.UNIFORM) {
            sb.append(" distribution ").append(distribution.netemName());
        }
        return sb.toString();
    }
}
