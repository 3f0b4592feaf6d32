package org.udpsim.apps;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.udpsim.kernel.Simulation;
import org.udpsim.net.Node;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Protocol;
import org.udpsim.trace.MessageSent;
import org.udpsim.trace.Trace;
import org.udpsim.transport.SocketFailure;
import org.udpsim.transport.tcp.TcpLayer;
import org.udpsim.transport.tcp.TcpSocket;
import org.udpsim.transport.udp.UdpLayer;
import org.udpsim.transport.udp.UdpSocket;

/**
 * Sends a stream of numbered messages of one size at a fixed interval, over UDP (a datagram each) or TCP (one
 * connection, opened at the start and closed after the last message), so the same stream can be compared over both.
 * Each message is traced as {@link MessageSent} when the application hands it over, whatever the transport then
 * does with it. Event-driven: no thread.
 */
public final class MessageSender {
    private final Node node;
    private final Simulation sim;
    private final Trace trace;
    private final Protocol protocol;
    private final Ipv4Address to;
    private final int port;
    private final int size;
    private final long interval;
    private final long count;
    private final Runnable tick = this::tick;
    private UdpSocket udp;
    private TcpSocket tcp;
    /** TCP bytes the socket could not take yet. */
    private byte[] pending = new byte[0];
    private long sent;
    private SocketFailure failure;

    /**
     * @param protocol {@link Protocol#UDP} or {@link Protocol#TCP}
     * @param count how many messages to send
     * @throws IllegalArgumentException for another protocol ({@link Protocol#requireTransport()}), a message too
     *         small for its header, an interval of 0 or no message
     */
    public MessageSender(Node node, Protocol protocol, Ipv4Address to, int port, int size, long intervalNanos,
            long count) {
        protocol.requireTransport();
        if (size < MessageFormat.MIN_SIZE) {
            throw new IllegalArgumentException("a message needs at least " + MessageFormat.MIN_SIZE
                    + " bytes (a sequence number and a send time), was " + size);
        }
        if (intervalNanos <= 0 || count < 1) {
            throw new IllegalArgumentException("a message stream needs an interval above 0 and at least 1 message");
        }
        this.node = node;
        this.sim = node.simulation();
        this.trace = node.network().trace();
        this.protocol = protocol;
        this.to = to;
        this.port = port;
        this.size = size;
        this.interval = intervalNanos;
        this.count = count;
    }

    /** Opens the socket (TCP: starts connecting) now and sends the first message after {@code delayNanos}. */
    public void start(long delayNanos) throws SocketFailure {
        if (protocol == Protocol.UDP) {
            udp = UdpLayer.of(node).open();
        } else {
            tcp = TcpLayer.of(node).open();
            tcp.onWritable(this::flush);
            tcp.connectAsync(to, port);
        }
        sim.schedule(delayNanos, tick);
    }

    /** Messages handed to the transport so far. */
    public long sent() {
        return sent;
    }

    /** The failure that stopped the stream, or null. */
    public SocketFailure failure() {
        return failure;
    }

    private void tick() {
        if (failure != null) {
            return;
        }
        byte[] m = MessageFormat.encode(sent, sim.now(), size);
        if (trace.isOn()) {
            trace.emit(new MessageSent(sim.now(), node.name(), protocol.label(), to + ":" + port, sent, size));
        }
        sent++;
        try {
            if (udp != null) {
                udp.sendTo(m, to, port);
            } else {
                ByteArrayOutputStream b = new ByteArrayOutputStream(pending.length + m.length);
                b.writeBytes(pending);
                b.writeBytes(m);
                pending = b.toByteArray();
                flush();
            }
        } catch (SocketFailure e) {
            failure = e;
            return;
        }
        if (sent < count) {
            sim.schedule(interval, tick);
        }
    }

    /** Hands the TCP socket what it can take; closes the connection once the last message is in it. */
    private void flush() {
        if (tcp == null || failure != null) {
            return;
        }
        try {
            if (pending.length > 0) {
                int n = tcp.sendAsync(pending);
                pending = Arrays.copyOfRange(pending, n, pending.length);
            }
            if (pending.length == 0 && sent == count) {
                tcp.close();
            }
        } catch (SocketFailure e) {
            failure = e;
        }
    }
}
