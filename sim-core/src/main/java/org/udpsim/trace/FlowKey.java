package org.udpsim.trace;

import java.util.Comparator;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.packet.Protocol;

/** A flow: the packets of one protocol from one address and port to one address and port. */
public record FlowKey(int protocol, Ipv4Address source, int sourcePort, Ipv4Address destination, int destinationPort)
        implements Comparable<FlowKey> {
    private static final Comparator<FlowKey> ORDER = Comparator.comparingInt(FlowKey::protocol)
            .thenComparing(FlowKey::source).thenComparingInt(FlowKey::sourcePort)
            .thenComparing(FlowKey::destination).thenComparingInt(FlowKey::destinationPort);

    /**
     * The flow a packet belongs to, read from the headers its sender wrote ({@link Packet#asSent()}), so a bit
     * flipped on the way does not make a new flow; ports are 0 for protocols without them.
     */
    public static FlowKey of(Packet packet) {
        Packet p = packet.asSent();
        boolean ports = Protocol.hasPorts(p.protocol());
        return new FlowKey(p.protocol(), p.source(), ports ? p.sourcePort() : 0, p.destination(),
                ports ? p.destinationPort() : 0);
    }

    public String protocolName() {
        return Protocol.name(protocol);
    }

    @Override
    public int compareTo(FlowKey o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return protocolName() + " " + source + ":" + sourcePort + " > " + destination + ":" + destinationPort;
    }
}
