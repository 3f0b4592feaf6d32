package org.udpsim.transport.tcp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.udpsim.net.Node;
import org.udpsim.packet.Packet;
import org.udpsim.trace.DropReason;

/**
 * The listening side of a socket: it answers SYNs on its port with new connections, holds those not yet
 * established and those established but not yet accepted, and refuses SYNs beyond its backlog.
 *
 * <p>As lwIP does, the backlog counts both kinds, so {@code listen(3)} lets three connections wait at most; a SYN
 * beyond that is dropped (traced as {@code socket_queue_full}) and the client retransmits it.
 */
final class Listener {
    private final TcpLayer layer;
    private final TcpSocket socket;
    private final int backlog;
    private final List<TcpConnection> halfOpen = new ArrayList<>();
    private final ArrayDeque<TcpSocket> ready = new ArrayDeque<>();
    private Consumer<TcpSocket> onAccept;

    Listener(TcpLayer layer, TcpSocket socket, int backlog) {
        this.layer = layer;
        this.socket = socket;
        this.backlog = Math.max(1, backlog);
    }

    /** Connections waiting: half-open plus established and not yet accepted. */
    int pending() {
        return halfOpen.size() + ready.size();
    }

    /** The oldest established connection not yet accepted, or null. */
    TcpSocket poll() {
        return ready.poll();
    }

    /** Hands every later connection to {@code h} as it is established, and those already waiting at once. */
    void onAccept(Consumer<TcpSocket> h) {
        this.onAccept = h;
        TcpSocket s;
        while (h != null && (s = ready.poll()) != null) {
            h.accept(s);
        }
    }

    /** A segment for the listening port that belongs to no connection (RFC 9293 section 3.10.7.2). */
    void input(Packet p, TcpHeader h) {
        Node node = layer.node();
        if (h.has(TcpHeader.SYN) && !h.has(TcpHeader.ACK) && !h.has(TcpHeader.RST) && pending() >= backlog) {
            node.drop(p, node.name(), DropReason.SOCKET_QUEUE_FULL);
            return;
        }
        node.delivered(p);
        if (h.has(TcpHeader.RST)) {
            return;
        }
        if (h.has(TcpHeader.ACK)) {
            layer.sendReset(p.destination(), h.destinationPort(), p.source(), h.sourcePort(), h.acknowledgement(), 0,
                    false);
            return;
        }
        if (h.has(TcpHeader.SYN)) {
            halfOpen.add(TcpConnection.accept(layer, socket, p, h));
        }
    }

    /** Something happened to a connection not yet handed to the application. */
    void childEvents(TcpConnection c, int events) {
        if ((events & TcpConnection.CONNECTED) != 0 && halfOpen.remove(c)) {
            TcpSocket s = new TcpSocket(layer, c);
            c.setOwner(s);
            if (onAccept != null) {
                onAccept.accept(s);
            } else {
                ready.add(s);
            }
            socket.changed();
        } else if ((events & TcpConnection.ENDED) != 0) {
            halfOpen.remove(c);
        }
    }

    /** The listening socket closed: every waiting connection is reset. */
    void close() {
        for (TcpConnection c : new ArrayList<>(halfOpen)) {
            c.abort();
        }
        halfOpen.clear();
        TcpSocket s;
        while ((s = ready.poll()) != null) {
            s.abort();
        }
    }
}
