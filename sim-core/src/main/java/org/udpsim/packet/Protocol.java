package org.udpsim.packet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The IP protocols a run carries, by their number in the IPv4 header and the name every output and every teaching
 * point uses ({@code udp}, {@code tcp}, {@code icmp}): the one place a number becomes a name.
 */
public enum Protocol {
    UDP(Packet.PROTOCOL_UDP), TCP(Packet.PROTOCOL_TCP), ICMP(Packet.PROTOCOL_ICMP);

    /**
     * The transports an application stream can take, a comparison can pair and a sweep reports: UDP and TCP, in
     * that order (the protocols with ports).
     */
    public static final List<Protocol> TRANSPORTS = List.of(UDP, TCP);

    /** The transports as a message says them: {@code udp or tcp}. */
    public static final String TRANSPORT_NAMES = String.join(" or ", TRANSPORTS.stream().map(Protocol::label)
            .toList());

    private final int number;

    Protocol(int number) {
        this.number = number;
    }

    /** The protocol number in the IPv4 header. */
    public int number() {
        return number;
    }

    /** The name in lower case: {@code udp}, {@code tcp}, {@code icmp}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the protocols whose header starts with ports (UDP and TCP). */
    public boolean hasPorts() {
        return this != ICMP;
    }

    /** The protocol with this number, or null for one udpsim does not model. */
    public static Protocol of(int number) {
        for (Protocol p : values()) {
            if (p.number == number) {
                return p;
            }
        }
        return null;
    }

    /** The name of protocol {@code number}: its {@link #label()}, or {@code ip<number>} for another. */
    public static String name(int number) {
        Protocol p = of(number);
        return p == null ? "ip" + number : p.label();
    }

    /** True if protocol {@code number} has ports. */
    public static boolean hasPorts(int number) {
        Protocol p = of(number);
        return p != null && p.hasPorts();
    }

    /**
     * The protocol called {@code label} (any case).
     *
     * @throws IllegalArgumentException naming the protocols there are
     */
    public static Protocol named(String label) {
        return lookup(label, Arrays.asList(values())).orElseThrow(() -> new IllegalArgumentException(
                "unknown protocol '" + label + "'; protocols are " + String.join(", ",
                        Arrays.stream(values()).map(Protocol::label).toList())));
    }

    /**
     * The transport called {@code name}: {@code udp} or {@code tcp}, in any case, blanks around it ignored; empty
     * for any other name (including {@code icmp}, which carries no application's stream). The one place a
     * transport's name is read: scenario arguments, {@code compare:} and the applications all go through here.
     */
    public static Optional<Protocol> findTransport(String name) {
        return lookup(name == null ? null : name.strip(), TRANSPORTS);
    }

    /**
     * The transport called {@code name}, as {@link #findTransport(String)}.
     *
     * @throws IllegalArgumentException {@code expected udp or tcp, got 'NAME'}
     */
    public static Protocol transport(String name) {
        return findTransport(name).orElseThrow(() -> notATransport(name));
    }

    /**
     * This protocol, if it is a transport ({@link #TRANSPORTS}).
     *
     * @throws IllegalArgumentException {@code expected udp or tcp, got 'icmp'}
     */
    public Protocol requireTransport() {
        if (!TRANSPORTS.contains(this)) {
            throw notATransport(label());
        }
        return this;
    }

    private static IllegalArgumentException notATransport(String name) {
        return new IllegalArgumentException("expected " + TRANSPORT_NAMES + ", got '" + name + "'");
    }

    private static Optional<Protocol> lookup(String label, List<Protocol> among) {
        String wanted = label == null ? "" : label.toLowerCase(Locale.ROOT);
        return among.stream().filter(p -> p.label().equals(wanted)).findFirst();
    }
}
