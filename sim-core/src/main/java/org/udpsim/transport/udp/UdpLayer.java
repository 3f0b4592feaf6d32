package org.udpsim.transport.udp;

import java.util.ArrayList;
import java.util.List;
import org.udpsim.net.Icmp;
import org.udpsim.net.NetInterface;
import org.udpsim.net.Network;
import org.udpsim.net.Node;
import org.udpsim.net.ProtocolHandler;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.trace.CopyReason;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.PacketCopied;
import org.udpsim.transport.PortTable;
import org.udpsim.transport.SocketFailure;

/**
 * A node's UDP (RFC 768): it checks each arriving datagram's checksum, finds the socket bound to its destination
 * port and address, and queues it there; it answers a datagram nobody listens for with ICMP port unreachable.
 */
public final class UdpLayer implements ProtocolHandler {
    private final Node node;
    private final UdpConfig config;
    private final PortTable<UdpSocket> ports;

    private UdpLayer(Node node, UdpConfig config) {
        this.node = node;
        this.config = config;
        this.ports = new PortTable<>(node, "UDP", config.ephemeralPortFirst(), config.ephemeralPortLast());
    }

    /** Installs UDP on a node with the given behaviour; a node has one UDP layer. */
    public static UdpLayer install(Node node, UdpConfig config) {
        if (node.protocol(Packet.PROTOCOL_UDP) != null) {
            throw new IllegalStateException("node '" + node.name() + "' already has UDP");
        }
        UdpLayer udp = new UdpLayer(node, config);
        node.registerProtocol(Packet.PROTOCOL_UDP, udp);
        return udp;
    }

    /** The UDP layer of a node, installed with {@link UdpConfig#HOST} if it has none yet. */
    public static UdpLayer of(Node node) {
        ProtocolHandler h = node.protocol(Packet.PROTOCOL_UDP);
        return h instanceof UdpLayer u ? u : install(node, UdpConfig.HOST);
    }

    /**
     * At the end of a run: traces every datagram still waiting in a socket's queue, on every node of {@code network}
     * that has UDP (nodes in the order they were added, sockets by port), as {@link org.udpsim.trace.PacketUnread}.
     * A flow's datagrams delivered then count apart those its program read and those it never did.
     */
    public static void traceUnreadAtEnd(Network network) {
        for (Node n : network.nodes()) {
            if (n.protocol(Packet.PROTOCOL_UDP) instanceof UdpLayer udp) {
                for (UdpSocket s : udp.ports.all()) {
                    s.traceUnread(false);
                }
            }
        }
    }

    public Node node() {
        return node;
    }

    public UdpConfig config() {
        return config;
    }

    /** A new, unbound socket on this node. */
    public UdpSocket open() {
        return new UdpSocket(this);
    }

    @Override
    public void receive(Packet p, NetInterface in) {
        if (!p.udpChecksumValid()) {
            node.drop(p, node.name(), DropReason.CHECKSUM);
            return;
        }
        if (p.udpPayloadLength() > config.maxReceivePayload()) {
            node.drop(p, node.name(), DropReason.TOO_BIG);
            return;
        }
        List<UdpSocket> candidates = ports.at(p.destinationPort());
        boolean broadcast = isBroadcast(p, in);
        List<UdpSocket> takers = new ArrayList<>(1);
        for (UdpSocket s : candidates) {
            if (s.accepts(p.destinationBits(), broadcast, config.boundSocketsGetBroadcast())) {
                takers.add(s);
                if (!broadcast) {
                    break;
                }
            }
        }
        if (takers.isEmpty()) {
            node.drop(p, node.name(), DropReason.NO_LISTENER);
            if (!broadcast) {
                Icmp.sendPortUnreachable(node, p);
            }
            return;
        }
        takers.get(0).arrive(p);
        for (int i = 1; i < takers.size(); i++) {
            Packet copy = p.copyAs(node.network().packetIds().next());
            if (node.network().trace().isOn()) {
                node.network().trace().emit(new PacketCopied(node.simulation().now(), node.name(),
                        CopyReason.BROADCAST, p, copy));
            }
            takers.get(i).arrive(copy);
        }
    }

    private boolean isBroadcast(Packet p, NetInterface in) {
        int dst = p.destinationBits();
        if (dst == -1) {
            return true;
        }
        for (NetInterface i : node.interfaces()) {
            if (i.hasAddress() && i.prefix().length() < 31 && i.prefix().broadcast().bits() == dst) {
                return true;
            }
        }
        return false;
    }

    void bind(UdpSocket s, Ipv4Address address, int port) throws SocketFailure {
        s.bound(address, ports.bind(s, address, port));
    }

    void unbind(UdpSocket s) {
        ports.unbind(s, s.localPort());
    }
}
