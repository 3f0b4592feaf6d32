package org.udpsim.apps;

import org.udpsim.transport.udp.Datagram;
import org.udpsim.transport.udp.UdpSocket;

/** An event-driven receiver that counts the datagrams and bytes reaching a socket, and keeps nothing else. */
public final class UdpSink {
    private long datagrams;
    private long bytes;

    /** Starts counting what reaches {@code socket}. */
    public UdpSink(UdpSocket socket) {
        socket.onReceive(this::take);
    }

    public long datagrams() {
        return datagrams;
    }

    public long bytes() {
        return bytes;
    }

    private void take(Datagram d) {
        datagrams++;
        bytes += d.length();
    }
}
