package org.udpsim.packet;

/** An IPv4 network: an address and a prefix length, such as {@code 192.168.0.0/24}. */
public record Ipv4Prefix(Ipv4Address network, int length) {
    public Ipv4Prefix {
        if (network == null) {
            throw new IllegalArgumentException("a prefix needs a network address");
        }
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("a prefix length must be 0-32, was " + length);
        }
        if ((network.bits() & ~mask(length)) != 0) {
            throw new IllegalArgumentException("'" + network + "/" + length + "' has host bits set: the network is "
                    + new Ipv4Address(network.bits() & mask(length)) + "/" + length);
        }
    }

    /** Parses {@code a.b.c.d/len}. */
    public static Ipv4Prefix parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a prefix such as 192.168.0.0/24 is required");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a prefix: expected a.b.c.d/len, e.g. 192.168.0.0/24");
        }
        Ipv4Address a = Ipv4Address.parse(text.substring(0, slash));
        String len = text.substring(slash + 1).trim();
        if (len.isEmpty() || len.length() > 2 || !len.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + text + "' is not a prefix: the length must be 0-32");
        }
        return new Ipv4Prefix(a, Integer.parseInt(len));
    }

    /** The prefix of {@code length} bits that contains {@code address}. */
    public static Ipv4Prefix containing(Ipv4Address address, int length) {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("a prefix length must be 0-32, was " + length);
        }
        return new Ipv4Prefix(new Ipv4Address(address.bits() & mask(length)), length);
    }

    /** The network mask as bits, e.g. 0xffffff00 for /24. */
    public static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    public int maskBits() {
        return mask(length);
    }

    /** The mask in dotted-quad form, e.g. 255.255.255.0. */
    public Ipv4Address netmask() {
        return new Ipv4Address(mask(length));
    }

    public boolean contains(Ipv4Address a) {
        return (a.bits() & mask(length)) == network.bits();
    }

    /** The subnet-directed broadcast address, e.g. 192.168.0.255 for 192.168.0.0/24. */
    public Ipv4Address broadcast() {
        return new Ipv4Address(network.bits() | ~mask(length));
    }

    /** The n-th address of the network: host(1) of 192.168.0.0/24 is 192.168.0.1. */
    public Ipv4Address host(int n) {
        long hosts = 1L << (32 - length);
        if (n < 0 || n >= hosts) {
            throw new IllegalArgumentException("host number " + n + " is outside " + this);
        }
        return network.plus(n);
    }

    /**
     * Null if {@code a} may be a host's address on this network; otherwise why not, e.g. {@code 10.0.0.3 is outside
     * the subnet 192.168.0.0/24}. On a /31 or /32 every address is a host's (RFC 3021); on a wider network the network
     * and broadcast addresses are not.
     */
    public String whyNotHost(Ipv4Address a) {
        if (!contains(a)) {
            return a + " is outside the subnet " + this;
        }
        if (length <= 30 && a.equals(network)) {
            return a + " is the network address of " + this + ", not a host";
        }
        if (length <= 30 && a.equals(broadcast())) {
            return a + " is the broadcast address of " + this + ", not a host";
        }
        return null;
    }

    @Override
    public String toString() {
        return network + "/" + length;
    }
}
