package org.udpsim.net;

import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;

/**
 * One entry of a routing table: packets for {@code prefix} leave through {@code via}, to {@code gateway}
 * (or straight to their destination when the gateway is {@link Ipv4Address#ANY}: a connected network).
 * A {@link Kind#LOCAL} route marks an address of the node itself, a {@link Kind#BROADCAST} route a subnet's
 * broadcast address: both are delivered to the node's own transport layers.
 */
public record Route(Ipv4Prefix prefix, Ipv4Address gateway, NetInterface via, Kind kind) {
    /** What a route does with a matching packet. */
    public enum Kind { FORWARD, LOCAL, BROADCAST }

    public Route {
        if (prefix == null || gateway == null || kind == null) {
            throw new IllegalArgumentException("a route needs a prefix, a gateway (0.0.0.0 for none) and a kind");
        }
        if (kind == Kind.FORWARD && via == null) {
            throw new IllegalArgumentException("the route to " + prefix + " needs an interface to leave through");
        }
    }

    public boolean isDirect() {
        return gateway.isAny();
    }

    /** The address the packet is handed to on the outgoing link: the gateway, or the destination itself. */
    public int nextHopBits(int destinationBits) {
        return gateway.isAny() ? destinationBits : gateway.bits();
    }

    @Override
    public String toString() {
        return switch (kind) {
            case LOCAL -> "local " + prefix;
            case BROADCAST -> "broadcast " + prefix;
            case FORWARD -> prefix + (isDirect() ? "" : " via " + gateway) + " dev " + via.place();
        };
    }
}
