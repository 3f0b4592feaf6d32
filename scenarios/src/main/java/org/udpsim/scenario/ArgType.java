package org.udpsim.scenario;

import java.util.Locale;

/** The kinds of value a program argument takes, each with its syntax, its Java type and its range. */
public enum ArgType {
    /** An IPv4 address such as {@code 192.168.0.3}; an {@link org.udpsim.packet.Ipv4Address}. */
    IPV4,
    /** A UDP or TCP port, 1-65535; an {@link Integer}. */
    PORT,
    /** {@code IP:PORT} such as {@code 192.168.0.3:6000}; an {@link Endpoint}. */
    ENDPOINT,
    /** A duration of 0 or more such as {@code 2s}; a {@link Long} in nanoseconds. */
    DURATION,
    /** A duration of more than 0, such as an interval; a {@link Long} in nanoseconds. */
    INTERVAL,
    /** A datagram payload size in bytes, 4-65507 (the first 4 bytes carry a sequence number); an {@link Integer}. */
    PAYLOAD_SIZE,
    /** A count of 1 or more; a {@link Long}. */
    COUNT,
    /** A message size in bytes, 16-65507 (a sequence number and a send time come first); an {@link Integer}. */
    MESSAGE_SIZE,
    /** A transport, {@code udp} or {@code tcp}; a {@link String}. */
    PROTOCOL;

    /** Largest UDP payload in one IPv4 datagram: 65535 - 20 (IP header) - 8 (UDP header). */
    public static final int MAX_UDP_PAYLOAD = 65_507;

    /**
     * Reads a value of this type; {@code name} is the argument's name, for range messages.
     *
     * @throws IllegalArgumentException (a {@link ValueException}) saying what was expected
     */
    public Object parse(String name, String text) {
        return switch (this) {
            case IPV4 -> Units.address(text);
            case PORT -> (int) Units.wholeNumber(text, name, 1, 65535);
            case ENDPOINT -> Units.endpoint(text);
            case DURATION -> {
                long v = Units.duration(text);
                if (v < 0) {
                    throw ValueException.invalid(name + " must be 0s or more, got " + text.strip());
                }
                yield v;
            }
            case INTERVAL -> {
                long v = Units.duration(text);
                if (v <= 0) {
                    throw ValueException.invalid(name + " must be more than 0, got " + text.strip());
                }
                yield v;
            }
            case PAYLOAD_SIZE -> (int) Units.wholeNumber(text, name + " (bytes; the first 4 carry a sequence number)",
                    4, MAX_UDP_PAYLOAD);
            case COUNT -> Units.wholeNumber(text, name, 1, Long.MAX_VALUE);
            case MESSAGE_SIZE -> (int) Units.wholeNumber(text, name + " (bytes; a sequence number and a send time "
                    + "come first)", 16, MAX_UDP_PAYLOAD);
            case PROTOCOL -> {
                String t = text.strip().toLowerCase(Locale.ROOT);
                if (!t.equals("udp") && !t.equals("tcp")) {
                    throw ValueException.invalid(name + " must be udp or tcp, got " + text.strip());
                }
                yield t;
            }
        };
    }
}
