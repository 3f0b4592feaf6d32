package org.udpsim.net;

import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;
import org.udpsim.packet.Packet;
import org.udpsim.trace.DropReason;

/**
 * A node's attachment to a channel, with at most one IPv4 address. An interface without a channel, or without an
 * address when one is needed, cannot send: the packet is dropped as unreachable, as a real stack refuses it.
 */
public final class NetInterface {
    private final Node node;
    private final String name;
    private Ipv4Address address = Ipv4Address.ANY;
    private Ipv4Prefix prefix;
    private Channel channel;
    private FrameReceiver receiver;

    NetInterface(Node node, String name) {
        this.node = node;
        this.name = name;
        this.receiver = node::receive;
    }

    public Node node() {
        return node;
    }

    public String name() {
        return name;
    }

    /** {@code node/interface}, the interface's name in traces. */
    public String place() {
        return node.name() + "/" + name;
    }

    /** The interface's address, {@link Ipv4Address#ANY} while it has none. */
    public Ipv4Address address() {
        return address;
    }

    /** The network the address belongs to, or null while the interface has no address. */
    public Ipv4Prefix prefix() {
        return prefix;
    }

    public boolean hasAddress() {
        return prefix != null;
    }

    public Channel channel() {
        return channel;
    }

    /**
     * Gives the interface an address on a network of {@code prefixLength} bits, replacing any it had, and installs
     * the routes that go with it: the connected network, the address itself and the subnet broadcast.
     */
    public void configure(Ipv4Address addr, int prefixLength) {
        if (addr == null || addr.isAny() || addr.isLimitedBroadcast()) {
            throw new IllegalArgumentException(place() + ": '" + addr + "' cannot be an interface address");
        }
        Ipv4Prefix net = Ipv4Prefix.containing(addr, prefixLength);
        if (prefixLength < 31 && (addr.equals(net.network()) || addr.equals(net.broadcast()))) {
            throw new IllegalArgumentException(place() + ": " + addr + " is the network or broadcast address of "
                    + net + ", not a host address");
        }
        unconfigure();
        this.address = addr;
        this.prefix = net;
        node.addressAdded(this);
    }

    /** Removes the address and its routes (a station that left its access point). */
    public void unconfigure() {
        if (prefix != null) {
            node.addressRemoved(this);
            address = Ipv4Address.ANY;
            prefix = null;
        }
    }

    /** Attaches the interface to a channel; called by the channel's builder. */
    public void attach(Channel c) {
        this.channel = c;
    }

    /** Replaces what happens to arriving packets: an access point bridges them instead of routing them. */
    public void setReceiver(FrameReceiver r) {
        this.receiver = r;
    }

    /** Sends a packet onto the channel, to the given next hop on it. */
    public void transmit(Packet p, int nextHopBits) {
        if (channel == null) {
            node.drop(p, place(), DropReason.HOST_UNREACHABLE);
            return;
        }
        channel.transmit(this, p, nextHopBits);
    }

    /** A packet arrived from the channel. */
    public void receive(Packet p) {
        receiver.receive(p, this);
    }

    @Override
    public String toString() {
        return place() + (prefix == null ? "" : " " + address + "/" + prefix.length());
    }
}
