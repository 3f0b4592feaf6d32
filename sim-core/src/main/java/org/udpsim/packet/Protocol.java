package org.udpsim.packet;

import java.util.Arrays;
import java.util.Locale;

/**
 * The IP protocols a run carries, by their number in the IPv4 header and the name every output and every teaching
 * point uses ({@code udp}, {@code tcp}, {@code icmp}): the one place a number becomes a name.
 */
public enum Protocol {
    UDP(Packet.PROTOCOL_UDP), TCP(Packet.PROTOCOL_TCP), ICMP(Packet.PROTOCOL_ICMP);

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
        for (Protocol p : values()) {
            if (p.label().equals(label == null ? "" : label.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown protocol '" + label + "'; protocols are " + String.join(", ",
                Arrays.stream(values()).map(Protocol::label).toList()));
    }
}
