package org.udpsim.transport.udp;

import java.util.ArrayDeque;
import java.util.function.Consumer;
import org.udpsim.kernel.Signal;
import org.udpsim.kernel.SimProcess;
import org.udpsim.net.Node;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.trace.DropReason;
import org.udpsim.transport.PortTable;
import org.udpsim.transport.SocketFailure;

/**
 * A UDP socket: an endpoint (address, port) that sends datagrams to anyone and queues the datagrams sent to it.
 *
 * <p>Its receive queue holds at most the node's {@link UdpConfig#receiveQueueLimit()} datagrams; further arrivals
 * are dropped and traced as {@code socket_queue_full}. A process reads with {@link #receive(SimProcess, long)},
 * which waits in simulated time; an event-driven application sets {@link #onReceive(Consumer)} instead and is
 * handed each datagram as it arrives. A datagram queued but never read (the socket closed with it, or the run over)
 * is traced as {@link org.udpsim.trace.PacketUnread}.
 */
public final class UdpSocket implements PortTable.Holder {
    private final UdpLayer layer;
    private final Node node;
    private final ArrayDeque<Datagram> queue = new ArrayDeque<>();
    private final Signal arrived = new Signal();
    private Ipv4Address localAddress = Ipv4Address.ANY;
    private int localPort;
    private boolean isBound;
    private boolean closed;
    private boolean reuseAddress;
    private int queueLimit;
    private Consumer<Datagram> handler;

    UdpSocket(UdpLayer layer) {
        this.layer = layer;
        this.node = layer.node();
        this.queueLimit = layer.config().receiveQueueLimit();
    }

    @Override
    public Ipv4Address localAddress() {
        return localAddress;
    }

    /** The bound port, 0 while unbound. */
    public int localPort() {
        return localPort;
    }

    public boolean isBound() {
        return isBound;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean reuseAddress() {
        return reuseAddress;
    }

    /** SO_REUSEADDR: lets two sockets that both set it bind the same address and port. */
    public void setReuseAddress(boolean on) {
        this.reuseAddress = on;
    }

    /** Datagrams waiting to be read. */
    public int queued() {
        return queue.size();
    }

    /**
     * Binds the socket to one of the node's addresses (or {@link Ipv4Address#ANY}) and a port (0 for any free one).
     */
    public void bind(Ipv4Address address, int port) throws SocketFailure {
        checkOpen();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port must be 0-65535, was " + port);
        }
        if (isBound) {
            throw new SocketFailure(SocketFailure.Reason.ADDRESS_IN_USE, "the socket is already bound to port " + localPort);
        }
        layer.bind(this, address, port);
    }

    /**
     * Sends one datagram: binds to a free port first if the socket is unbound. Returns the number of payload bytes
     * sent; the datagram may still be lost on the way, and no one says so.
     *
     * @throws SocketFailure if the socket is closed or the node has no route to {@code destination}
     */
    public int sendTo(byte[] payload, Ipv4Address destination, int port) throws SocketFailure {
        checkOpen();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port must be 0-65535, was " + port);
        }
        if (payload.length > Packet.MAX_UDP_PAYLOAD) {
            throw new SocketFailure(SocketFailure.Reason.MESSAGE_TOO_LONG,
                    "a UDP datagram holds at most " + Packet.MAX_UDP_PAYLOAD + " bytes, was " + payload.length);
        }
        Ipv4Address source = localAddress.isAny() ? node.sourceAddressFor(destination) : localAddress;
        if (source.isAny()) {
            throw new SocketFailure(SocketFailure.Reason.NO_ROUTE, "no route to " + destination + " from '" + node.name() + "'");
        }
        if (!isBound) {
            layer.bind(this, Ipv4Address.ANY, 0);
        }
        Packet p = Packet.udp(node.network().packetIds().next(), node.simulation().now(), source, localPort,
                destination, port, payload, Packet.DEFAULT_TTL, node.nextIdentification());
        node.send(p);
        return payload.length;
    }

    /** Takes the oldest queued datagram, or returns null at once if none is queued. */
    public Datagram poll() {
        return queue.poll();
    }

    /**
     * Takes the oldest datagram, waiting in simulated time for one to arrive if the queue is empty.
     *
     * @param timeoutNanos how long to wait at most; negative waits forever
     * @return the datagram, or null if the time ran out
     * @throws SocketFailure if the socket is (or gets) closed
     */
    public Datagram receive(SimProcess self, long timeoutNanos) throws SocketFailure {
        long deadline = timeoutNanos < 0 ? Long.MAX_VALUE : self.now() + timeoutNanos;
        while (true) {
            checkOpen();
            Datagram d = queue.poll();
            if (d != null) {
                return d;
            }
            if (deadline != Long.MAX_VALUE && self.now() >= deadline) {
                return null;
            }
            self.await(arrived, deadline == Long.MAX_VALUE ? -1 : deadline - self.now());
        }
    }

    /** Hands every later datagram to {@code h} as it arrives, instead of queueing it. */
    public void onReceive(Consumer<Datagram> h) {
        this.handler = h;
    }

    /** Closes the socket: its port is free again, queued datagrams are discarded, waiting readers fail. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (isBound) {
            layer.unbind(this);
        }
        traceUnread(true);
        queue.clear();
        arrived.fire();
    }

    /** Traces each datagram still queued as never read ({@code atClose}: because the socket is being closed). */
    void traceUnread(boolean atClose) {
        for (Datagram d : queue) {
            node.unread(d.packet(), atClose);
        }
    }

    void bound(Ipv4Address address, int port) {
        this.localAddress = address;
        this.localPort = port;
        this.isBound = true;
    }

    boolean accepts(int destinationBits, boolean broadcast, boolean boundGetsBroadcast) {
        if (localAddress.isAny()) {
            return true;
        }
        return localAddress.bits() == destinationBits || (broadcast && boundGetsBroadcast);
    }

    void arrive(Packet p) {
        if (handler == null && queue.size() >= queueLimit) {
            node.drop(p, node.name(), DropReason.SOCKET_QUEUE_FULL);
            return;
        }
        node.delivered(p);
        Datagram d = new Datagram(p, node.simulation().now());
        if (handler != null) {
            handler.accept(d);
        } else {
            queue.add(d);
            arrived.fire();
        }
    }

    private void checkOpen() throws SocketFailure {
        if (closed) {
            throw new SocketFailure(SocketFailure.Reason.CLOSED, "the socket is closed");
        }
    }
}
