package org.udpsim.net;

import org.udpsim.kernel.ConfigException;
import org.udpsim.kernel.SimTime;

/**
 * The physical properties of one direction of a wired link: how fast it sends bits, how long a bit takes to
 * arrive, and how many packets may wait to be sent. A value out of range is a {@link ConfigException} naming
 * {@code rate}, {@code delay} or {@code queue}.
 *
 * @param rateBitsPerSecond the line rate; a packet of {@code n} bytes takes {@code 8n/rate} seconds to send
 * @param propagationDelayNanos the time from the last bit sent to the last bit received
 * @param queueLimit how many packets may wait behind the one being sent before new ones are dropped (drop-tail)
 */
public record LinkConfig(long rateBitsPerSecond, long propagationDelayNanos, int queueLimit) {
    /** Linux's default transmit queue length. */
    public static final int DEFAULT_QUEUE_LIMIT = 1000;
    /** A cable's rate when none is given: 100 Mbit/s, Fast Ethernet. */
    public static final long DEFAULT_RATE = 100_000_000L;
    /** A cable's propagation delay when none is given: none, a classroom cable. */
    public static final long DEFAULT_DELAY_NANOS = 0;

    public LinkConfig {
        if (rateBitsPerSecond <= 0) {
            throw new ConfigException("", "rate", "a link's rate must be more than 0 bit/s, got " + rateBitsPerSecond);
        }
        if (propagationDelayNanos < 0) {
            throw new ConfigException("", "delay",
                    "a link's delay must be 0s or more, got " + SimTime.format(propagationDelayNanos) + "s");
        }
        if (queueLimit < 1) {
            throw new ConfigException("", "queue", "a link's queue must hold 1 or more packets, got " + queueLimit);
        }
    }

    /** A link of the given rate and delay with the default queue of 1000 packets. */
    public static LinkConfig of(long rateBitsPerSecond, long propagationDelayNanos) {
        return new LinkConfig(rateBitsPerSecond, propagationDelayNanos, DEFAULT_QUEUE_LIMIT);
    }

    /** The time to put {@code bytes} on the wire, rounded up to a whole nanosecond. */
    public long serializationNanos(int bytes) {
        long bits = 8L * bytes;
        return (bits * 1_000_000_000L + rateBitsPerSecond - 1) / rateBitsPerSecond;
    }
}
