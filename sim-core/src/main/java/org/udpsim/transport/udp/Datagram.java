package org.udpsim.transport.udp;

import java.util.Arrays;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;

/**
 * A datagram waiting in, or taken from, a UDP socket: its payload, who sent it, and when it arrived.
 *
 * @param packet the packet that carried it
 * @param arrivedAt the simulated time it entered the socket's queue, in ns
 */
public record Datagram(Packet packet, long arrivedAt) {
    public Ipv4Address source() {
        return packet.source();
    }

    public int sourcePort() {
        return packet.sourcePort();
    }

    public Ipv4Address destination() {
        return packet.destination();
    }

    public int destinationPort() {
        return packet.destinationPort();
    }

    public int length() {
        return packet.udpPayloadLength();
    }

    /** The whole payload. */
    public byte[] payload() {
        return packet.udpPayload();
    }

    /** The first {@code max} bytes of the payload: a reader with a smaller buffer loses the rest, as UDP does. */
    public byte[] payload(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("buffer size must not be negative, was " + max);
        }
        byte[] all = packet.udpPayload();
        return all.length <= max ? all : Arrays.copyOf(all, max);
    }
}
