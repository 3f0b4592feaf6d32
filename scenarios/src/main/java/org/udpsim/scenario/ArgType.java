package org.udpsim.scenario;

import java.util.Objects;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Protocol;

/**
 * The kinds of value a program argument takes, each with its syntax, its Java type {@code T} and its range, and
 * the words a problem message and an example use for it.
 *
 * @param <T> what {@link #parse(String, String)} gives
 */
public final class ArgType<T> {
    /** Largest UDP payload in one IPv4 datagram: 65535 - 20 (IP header) - 8 (UDP header). */
    public static final int MAX_UDP_PAYLOAD = 65_507;

    /** An IPv4 address such as {@code 192.168.0.3}. */
    public static final ArgType<Ipv4Address> IPV4 = new ArgType<>("IPV4",
            "an IPv4 address like 192.168.0.3", "192.168.0.3", (name, text) -> Units.address(text));
    /** A UDP or TCP port, 1-65535. */
    public static final ArgType<Integer> PORT = new ArgType<>("PORT", "a port 1-65535", "6000",
            (name, text) -> (int) Units.wholeNumber(text, name, 1, 65535));
    /** {@code IP:PORT} such as {@code 192.168.0.3:6000}. */
    public static final ArgType<Endpoint> ENDPOINT = new ArgType<>("ENDPOINT",
            "IP:PORT like 192.168.0.3:6000", "192.168.0.3:6000", (name, text) -> Units.endpoint(text));
    /** A duration of 0 or more such as {@code 2s}, in nanoseconds. */
    public static final ArgType<Long> DURATION = new ArgType<>("DURATION", Units.DURATION, "1s",
            (name, text) -> {
                long v = Units.duration(text);
                if (v < 0) {
                    throw ValueException.invalid(name + " must be 0s or more, got " + Shown.value(text.strip()));
                }
                return v;
            });
    /** A duration of more than 0, such as an interval, in nanoseconds. */
    public static final ArgType<Long> INTERVAL = new ArgType<>("INTERVAL", Units.DURATION, "1s",
            (name, text) -> {
                long v = Units.duration(text);
                if (v <= 0) {
                    throw ValueException.invalid(name + " must be more than 0, got " + Shown.value(text.strip()));
                }
                return v;
            });
    /** A datagram payload size in bytes, 4-65507 (the first 4 bytes carry a sequence number). */
    public static final ArgType<Integer> PAYLOAD_SIZE = new ArgType<>("PAYLOAD_SIZE",
            Units.WHOLE_NUMBER, "64", (name, text) -> (int) Units.wholeNumber(text,
                    name + " (bytes; the first 4 carry a sequence number)", 4, MAX_UDP_PAYLOAD));
    /** A count of 1 or more. */
    public static final ArgType<Long> COUNT = new ArgType<>("COUNT", Units.WHOLE_NUMBER, "10",
            (name, text) -> Units.wholeNumber(text, name, 1, Long.MAX_VALUE));
    /** A message size in bytes, 16-65507 (a sequence number and a send time come first). */
    public static final ArgType<Integer> MESSAGE_SIZE = new ArgType<>("MESSAGE_SIZE",
            Units.WHOLE_NUMBER, "32", (name, text) -> (int) Units.wholeNumber(text,
                    name + " (bytes; a sequence number and a send time come first)", 16, MAX_UDP_PAYLOAD));
    /** A transport, {@code udp} or {@code tcp}, read by {@link Protocol#findTransport(String)}. */
    public static final ArgType<Protocol> PROTOCOL = new ArgType<>("PROTOCOL",
            Protocol.TRANSPORT_NAMES, "tcp", (name, text) -> Protocol.findTransport(text)
                    .orElseThrow(() -> ValueException.expected(Protocol.TRANSPORT_NAMES)));

    /** Reads the text of one argument; {@code name} is the argument's, for range messages. */
    private interface Parser<T> {
        T parse(String name, String text);
    }

    private final String name;
    private final String expected;
    private final String example;
    private final Parser<T> parser;

    private ArgType(String name, String expected, String example, Parser<T> parser) {
        this.name = name;
        this.expected = expected;
        this.example = example;
        this.parser = parser;
    }

    /**
     * Reads a value of this type; {@code name} is the argument's name, for range messages.
     *
     * @throws IllegalArgumentException (a {@link ValueException}) saying what was expected
     */
    public T parse(String name, String text) {
        return Objects.requireNonNull(parser.parse(name, text));
    }

    /** What a value looks like, for "expected ..." messages: e.g. {@code a port 1-65535}. */
    public String expected() {
        return expected;
    }

    /** A value as a scenario would write it, for messages that show how: e.g. {@code 6000}. */
    public String example() {
        return example;
    }

    /** The constant's name, e.g. {@code PORT}. */
    @Override
    public String toString() {
        return name;
    }
}
