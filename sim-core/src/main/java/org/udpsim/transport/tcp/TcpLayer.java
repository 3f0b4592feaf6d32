package org.udpsim.transport.tcp;

import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.random.RandomGenerator;
import org.udpsim.net.NetInterface;
import org.udpsim.net.Node;
import org.udpsim.net.ProtocolHandler;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.TcpStateChanged;
import org.udpsim.trace.Trace;
import org.udpsim.transport.PortTable;
import org.udpsim.transport.SocketFailure;

/**
 * A node's TCP (RFC 9293): it verifies each arriving segment's checksum, hands it to the connection its four
 * addresses and ports name, or to the socket listening on its port, and answers a segment nobody expects with a
 * reset (RFC 9293 section 3.10.7.1). Every segment it takes is traced as delivered; every one it refuses, as
 * dropped.
 */
public final class TcpLayer implements ProtocolHandler {
    private final Node node;
    private final TcpConfig config;
    private final Map<ConnectionKey, TcpConnection> connections = new TreeMap<>();
    private final PortTable<TcpSocket> ports;
    private final RandomGenerator isnStream;

    /** A connection's identity: local address and port, remote address and port. */
    record ConnectionKey(int local, int localPort, int remote, int remotePort) implements Comparable<ConnectionKey> {
        @Override
        public int compareTo(ConnectionKey o) {
            int c = Integer.compareUnsigned(local, o.local);
            if (c == 0) {
                c = Integer.compare(localPort, o.localPort);
            }
            if (c == 0) {
                c = Integer.compareUnsigned(remote, o.remote);
            }
            return c != 0 ? c : Integer.compare(remotePort, o.remotePort);
        }
    }

    private TcpLayer(Node node, TcpConfig config) {
        this.node = node;
        this.config = config;
        this.isnStream = node.simulation().random().stream("node:" + node.name() + "/tcp-isn");
        this.ports = new PortTable<>(node, "TCP", config.ephemeralPortFirst(), config.ephemeralPortLast());
    }

    /** Installs TCP on a node with the given behaviour; a node has one TCP layer. */
    public static TcpLayer install(Node node, TcpConfig config) {
        if (node.protocol(Packet.PROTOCOL_TCP) != null) {
            throw new IllegalStateException("node '" + node.name() + "' already has TCP");
        }
        TcpLayer tcp = new TcpLayer(node, config);
        node.registerProtocol(Packet.PROTOCOL_TCP, tcp);
        return tcp;
    }

    /** The TCP layer of a node, installed with {@link TcpConfig#HOST} if it has none yet. */
    public static TcpLayer of(Node node) {
        ProtocolHandler h = node.protocol(Packet.PROTOCOL_TCP);
        return h instanceof TcpLayer t ? t : install(node, TcpConfig.HOST);
    }

    public Node node() {
        return node;
    }

    public TcpConfig config() {
        return config;
    }

    /** A new, unbound socket on this node. */
    public TcpSocket open() {
        return new TcpSocket(this);
    }

    /** Connections that have not reached CLOSED yet (TIME_WAIT included). */
    public int connectionCount() {
        return connections.size();
    }

    @Override
    public void receive(Packet p, NetInterface in) {
        if (!TcpHeader.checksumValid(p)) {
            node.drop(p, node.name(), DropReason.CHECKSUM);
            return;
        }
        TcpHeader h;
        try {
            h = TcpHeader.parse(p);
        } catch (IllegalArgumentException malformed) {
            node.drop(p, node.name(), DropReason.CHECKSUM);
            return;
        }
        if (!node.hasAddress(p.destination())) {
            node.drop(p, node.name(), DropReason.NO_LISTENER); // TCP never takes a broadcast
            return;
        }
        TcpConnection c = connections.get(new ConnectionKey(p.destinationBits(), h.destinationPort(), p.sourceBits(),
                h.sourcePort()));
        if (c != null) {
            node.delivered(p);
            c.segmentArrived(h, TcpHeader.payload(p));
            return;
        }
        TcpSocket listener = listenerFor(p.destinationBits(), h.destinationPort());
        if (listener != null) {
            listener.listenInput(p, h);
            return;
        }
        node.drop(p, node.name(), DropReason.NO_LISTENER);
        if (!h.has(TcpHeader.RST)) {
            if (h.has(TcpHeader.ACK)) {
                sendReset(p.destination(), h.destinationPort(), p.source(), h.sourcePort(), h.acknowledgement(), 0,
                        false);
            } else {
                sendReset(p.destination(), h.destinationPort(), p.source(), h.sourcePort(), 0,
                        h.sequence() + h.segmentLength(), true);
            }
        }
    }

    /**
     * Opens a connection from {@code s} to {@code address:port}: the source address is the socket's, or that of the
     * interface the route leaves by; an unbound socket gets a free port first.
     */
    TcpConnection connect(TcpSocket s, Ipv4Address address, int port) throws SocketFailure {
        Ipv4Address source = s.localAddress().isAny() ? node.sourceAddressFor(address) : s.localAddress();
        if (source.isAny()) {
            throw new SocketFailure(SocketFailure.Reason.NO_ROUTE, "no route to " + address + " from '"
                    + node.name() + "'");
        }
        if (!s.holdsPort()) {
            bind(s, Ipv4Address.ANY, 0);
        }
        if (connections.containsKey(new ConnectionKey(source.bits(), s.localPort(), address.bits(), port))) {
            throw new SocketFailure(SocketFailure.Reason.ADDRESS_IN_USE, "a connection from " + source + ":"
                    + s.localPort() + " to " + address + ":" + port + " exists already");
        }
        return TcpConnection.open(this, s, source, s.localPort(), address, port);
    }

    /** Sends a reset with no connection behind it. */
    void sendReset(Ipv4Address src, int srcPort, Ipv4Address dst, int dstPort, int seq, int ack, boolean withAck) {
        int flags = TcpHeader.RST | (withAck ? TcpHeader.ACK : 0);
        byte[] segment = TcpHeader.encode(src, srcPort, dst, dstPort, seq, ack, flags, 0, -1, new byte[0], 0, 0);
        node.send(Packet.ipv4(node.network().packetIds().next(), node.simulation().now(), Packet.PROTOCOL_TCP, src,
                dst, segment, Packet.DEFAULT_TTL, node.nextIdentification()));
    }

    /** The next initial sequence number, from the node's own random stream. */
    int nextIss() {
        return isnStream.nextInt();
    }

    void register(TcpConnection c) {
        connections.put(keyOf(c), c);
    }

    void unregister(TcpConnection c) {
        connections.remove(keyOf(c), c);
    }

    boolean isRegistered(TcpConnection c) {
        return connections.get(keyOf(c)) == c;
    }

    /** Traces a listening socket's change of state (connections trace their own). */
    void traceListener(TcpSocket s, TcpState from, TcpState to) {
        Trace trace = node.network().trace();
        if (trace.isOn()) {
            trace.emit(new TcpStateChanged(node.simulation().now(), node.name(), s.localAddress() + ":" + s.localPort(),
                    Ipv4Address.ANY + ":0", from.name(), to.name()));
        }
    }

    void bind(TcpSocket s, Ipv4Address address, int port) throws SocketFailure {
        s.bound(address, ports.bind(s, address, port));
    }

    void unbind(TcpSocket s) {
        ports.unbind(s, s.localPort());
    }

    private TcpSocket listenerFor(int dst, int port) {
        for (TcpSocket s : ports.at(port)) {
            if (s.isListening() && (s.localAddress().isAny() || s.localAddress().bits() == dst)) {
                return s;
            }
        }
        return null;
    }

    private static ConnectionKey keyOf(TcpConnection c) {
        return new ConnectionKey(c.localAddress().bits(), c.localPort(), c.remoteAddress().bits(), c.remotePort());
    }
}
