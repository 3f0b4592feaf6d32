package org.udpsim.apps;

import java.io.ByteArrayOutputStream;
import org.udpsim.net.Node;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Protocol;
import org.udpsim.trace.MessageReceived;
import org.udpsim.trace.Trace;
import org.udpsim.transport.SocketFailure;
import org.udpsim.transport.tcp.TcpLayer;
import org.udpsim.transport.tcp.TcpSocket;
import org.udpsim.transport.udp.Datagram;
import org.udpsim.transport.udp.UdpLayer;
import org.udpsim.transport.udp.UdpSocket;

/**
 * Receives a {@link MessageSender}'s stream on a port, over UDP (a message per datagram) or TCP (messages cut out of
 * the byte stream by their size), and traces each message as {@link MessageReceived}; when a TCP sender closes, it
 * closes its side too. Event-driven: no thread.
 */
public final class MessageReceiver {
    private final Node node;
    private final Trace trace;
    private final Protocol protocol;
    private final int size;
    private long received;

    /**
     * Starts receiving on {@code port} now.
     *
     * @param protocol {@link Protocol#UDP} or {@link Protocol#TCP}
     * @throws IllegalArgumentException for another protocol ({@link Protocol#requireTransport()}) or a message size
     *         below the header's
     */
    public MessageReceiver(Node node, Protocol protocol, int port, int size) throws SocketFailure {
        protocol.requireTransport();
        if (size < MessageFormat.MIN_SIZE) {
            throw new IllegalArgumentException("a message needs at least " + MessageFormat.MIN_SIZE + " bytes, was " + size);
        }
        this.node = node;
        this.trace = node.network().trace();
        this.protocol = protocol;
        this.size = size;
        if (protocol == Protocol.UDP) {
            UdpSocket s = UdpLayer.of(node).open();
            s.bind(Ipv4Address.ANY, port);
            s.onReceive(this::datagram);
        } else {
            TcpSocket s = TcpLayer.of(node).open();
            s.bind(Ipv4Address.ANY, port);
            s.listen(8);
            s.onAccept(this::connection);
        }
    }

    /** Messages received so far. */
    public long received() {
        return received;
    }

    private void datagram(Datagram d) {
        byte[] m = d.payload();
        if (m.length >= MessageFormat.MIN_SIZE) {
            took(m, 0);
        }
    }

    private void connection(TcpSocket conn) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        conn.onData(bytes -> {
            stream.writeBytes(bytes);
            byte[] all = stream.toByteArray();
            int whole = all.length / size * size;
            for (int off = 0; off < whole; off += size) {
                took(all, off);
            }
            stream.reset();
            stream.write(all, whole, all.length - whole);
        });
        conn.onClosed(conn::close); // the sender is done: close our side too, as a server does on EOF
    }

    private void took(byte[] m, int offset) {
        received++;
        if (trace.isOn()) {
            long now = node.simulation().now();
            trace.emit(new MessageReceived(now, node.name(), protocol.label(), MessageFormat.seq(m, offset),
                    MessageFormat.sentAt(m, offset)));
        }
    }
}
