package org.udpsim.net;

import org.udpsim.impairments.ImpairmentChain;
import org.udpsim.impairments.NetemParser;
import org.udpsim.impairments.NetemSpec;
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
    private NetemSpec impairments = NetemSpec.NONE;

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

    /**
     * Puts netem impairments on this hop, ahead of its transmit queue (as a netem qdisc sits on the sending
     * interface), replacing any it had. Set them before traffic flows.
     */
    public void setImpairments(NetemSpec spec) {
        this.impairments = spec;
        if (spec.equals(NetemSpec.NONE)) {
            this.entry = transmitter;
        } else {
            ImpairmentChain chain = new ImpairmentChain(network.simulation(), network.trace(), network.packetIds(),
                    place, spec, transmitter);
            this.entry = chain::offer;
        }
    }

    /**
     * Puts impairments written in netem's words on this hop, e.g. {@code "loss 10% delay 20ms 5ms"}.
     *
     * @throws org.udpsim.impairments.NetemException naming the option that is wrong
     */
    public void setImpairments(String netemOptions) {
        setImpairments(NetemParser.parse(netemOptions).spec());
    }

    /** The impairments on this hop; {@link NetemSpec#NONE} for none. */
    public NetemSpec impairments() {
        return impairments;
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
