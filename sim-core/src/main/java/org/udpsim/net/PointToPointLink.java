package org.udpsim.net;

import org.udpsim.packet.Packet;

/**
 * A link carries packets between two interfaces, after a delay, subject to its impairments: a full-duplex wire
 * whose two directions (hops such as {@code client->router}) each have their own queue, line and impairments.
 */
public final class PointToPointLink implements Channel {
    private final NetInterface a;
    private final NetInterface b;
    private final LinkDirection aToB;
    private final LinkDirection bToA;

    PointToPointLink(Network network, NetInterface a, NetInterface b, LinkConfig config) {
        if (a.channel() != null || b.channel() != null) {
            throw new IllegalArgumentException("an interface can be attached to one link only");
        }
        this.a = a;
        this.b = b;
        this.aToB = new LinkDirection(network, a.node().name() + "->" + b.node().name(), config, b);
        this.bToA = new LinkDirection(network, b.node().name() + "->" + a.node().name(), config, a);
        a.attach(this);
        b.attach(this);
    }

    @Override
    public void transmit(NetInterface from, Packet packet, int nextHopBits) {
        (from == a ? aToB : bToA).send(packet);
    }

    /** The direction that carries packets sent by {@code from}'s node. */
    public LinkDirection direction(Node from) {
        if (from == a.node()) {
            return aToB;
        }
        if (from == b.node()) {
            return bToA;
        }
        throw new IllegalArgumentException("node '" + from.name() + "' is not on the link " + aToB.place());
    }

    public NetInterface endA() {
        return a;
    }

    public NetInterface endB() {
        return b;
    }
}
