package org.udpsim.packet;

/**
 * An IPv4 address, held as its 32 bits.
 *
 * <p>Compares by value, so addresses work as map keys and sort in numeric order.
 */
public record Ipv4Address(int bits) implements Comparable<Ipv4Address> {
    /** 0.0.0.0: "any address" when binding, "no address yet" before DHCP. */
    public static final Ipv4Address ANY = new Ipv4Address(0);
    /** 255.255.255.255, the limited broadcast address. */
    public static final Ipv4Address BROADCAST = new Ipv4Address(-1);

    /**
     * Parses dotted-quad notation such as {@code 192.168.0.3}.
     *
     * @throws IllegalArgumentException naming the text if it is not four numbers 0–255 separated by dots
     */
    public static Ipv4Address parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("an IPv4 address is required");
        }
        String[] parts = text.trim().split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not an IPv4 address: expected four numbers 0-255 separated by dots");
        }
        int bits = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException(
                        "'" + text + "' is not an IPv4 address: '" + part + "' is not a number 0-255");
            }
            int v = Integer.parseInt(part);
            if (v > 255) {
                throw new IllegalArgumentException(
                        "'" + text + "' is not an IPv4 address: " + v + " is larger than 255");
            }
            bits = (bits << 8) | v;
        }
        return new Ipv4Address(bits);
    }

    /** The address built from four octets, most significant first. */
    public static Ipv4Address of(int a, int b, int c, int d) {
        for (int v : new int[] {a, b, c, d}) {
            if (v < 0 || v > 255) {
                throw new IllegalArgumentException("an IPv4 octet must be 0-255, was " + v);
            }
        }
        return new Ipv4Address((a << 24) | (b << 16) | (c << 8) | d);
    }

    public boolean isAny() {
        return bits == 0;
    }

    public boolean isLimitedBroadcast() {
        return bits == -1;
    }

    /** The address {@code n} above this one, e.g. the n-th host of a network. */
    public Ipv4Address plus(int n) {
        return new Ipv4Address(bits + n);
    }

    @Override
    public int compareTo(Ipv4Address o) {
        return Integer.compareUnsigned(bits, o.bits);
    }

    @Override
    public String toString() {
        return ((bits >>> 24) & 0xff) + "." + ((bits >>> 16) & 0xff) + "." + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);
    }
}
