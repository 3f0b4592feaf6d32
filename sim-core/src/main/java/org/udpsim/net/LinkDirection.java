package org.udpsim.net;

import org.udpsim.packet.Packet;
import org.udpsim.packet.PacketSink;

/**
 * One direction of a link: a hop such as {@code client->router}. A packet passes the hop's impairments (if any),
 * waits in its queue, is sent at its rate, and arrives at the far interface after the propagation delay.
 */
public final class LinkDirection {
    private final Network network;
    private final String place;
    private final Transmitter transmitter;
    private PacketSink entry;

    LinkDirection(Network network, String place, LinkConfig config, NetInterface to) {
        this.network = network;
        this.place = place;
        this.transmitter = new Transmitter(network.simulation(), network.trace(), place, config, to::receive);
        this.entry = transmitter;
    }

    /** The hop's name, {@code from->to}, used in traces and in scenario files. */
    public String place() {
        return place;
    }

    /** Packets waiting in the transmit queue now. */
    public int queueLength() {
        return transmitter.queueLength();
    }

    void send(Packet p) {
        entry.accept(p);
    }

    Network network() {
        return network;
    }
}
