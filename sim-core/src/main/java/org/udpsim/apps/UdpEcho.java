package org.udpsim.apps;

import org.udpsim.transport.SocketFailure;
import org.udpsim.transport.udp.Datagram;
import org.udpsim.transport.udp.UdpSocket;

/** An event-driven echo server: sends every datagram back to where it came from, at once. */
public final class UdpEcho {
    private final UdpSocket socket;
    private long echoed;

    public UdpEcho(UdpSocket socket) {
        this.socket = socket;
        socket.onReceive(this::echo);
    }

    public long echoed() {
        return echoed;
    }

    private void echo(Datagram d) {
        try {
            socket.sendTo(d.payload(), d.source(), d.sourcePort());
            echoed++;
        } catch (SocketFailure e) {
            // the socket was closed: an echo server that has stopped echoes nothing
        }
    }
}
