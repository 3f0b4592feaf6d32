package org.udpsim.net;

import org.udpsim.packet.InternetChecksum;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.trace.DropReason;

/**
 * A node's ICMP: it sends "destination unreachable, port unreachable" (type 3, code 3, RFC 792) for a UDP datagram
 * that found no listener, and takes the ICMP messages addressed to it without acting on them, as the board does.
 */
public final class Icmp implements ProtocolHandler {
    public static final int TYPE_DESTINATION_UNREACHABLE = 3;
    public static final int CODE_PORT_UNREACHABLE = 3;

    private final Node node;

    Icmp(Node node) {
        this.node = node;
    }

    @Override
    public void receive(Packet p, NetInterface in) {
        byte[] msg = p.segment();
        if (msg.length < 8 || InternetChecksum.of(msg, 0, msg.length) != 0) {
            node.drop(p, node.name(), DropReason.CHECKSUM);
            return;
        }
        node.delivered(p);
    }

    /**
     * Answers {@code offending} with "port unreachable", quoting its IPv4 header and first 8 payload bytes.
     * Nothing is sent for a broadcast, for a datagram from no address, or for an ICMP message (RFC 1122 3.2.2).
     */
    public static void sendPortUnreachable(Node node, Packet offending) {
        int dst = offending.destinationBits();
        Ipv4Address to = offending.source();
        if (dst == -1 || to.isAny() || offending.protocol() == Packet.PROTOCOL_ICMP || !node.hasAddress(new Ipv4Address(dst))) {
            return;
        }
        byte[] original = offending.wireBytes();
        int quoted = Math.min(original.length, Packet.IPV4_HEADER_BYTES + 8);
        byte[] msg = new byte[8 + quoted];
        msg[0] = (byte) TYPE_DESTINATION_UNREACHABLE;
        msg[1] = (byte) CODE_PORT_UNREACHABLE;
        System.arraycopy(original, 0, msg, 8, quoted);
        int sum = InternetChecksum.of(msg, 0, msg.length);
        msg[2] = (byte) (sum >>> 8);
        msg[3] = (byte) sum;
        Network net = node.network();
        node.send(Packet.ipv4(net.packetIds().next(), net.simulation().now(), Packet.PROTOCOL_ICMP,
                new Ipv4Address(dst), to, msg, Packet.DEFAULT_TTL, node.nextIdentification()));
    }
}
