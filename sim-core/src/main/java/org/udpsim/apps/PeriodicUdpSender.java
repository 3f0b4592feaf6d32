package org.udpsim.apps;

import org.udpsim.kernel.Simulation;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.transport.SocketFailure;
import org.udpsim.transport.udp.UdpSocket;

/**
 * An event-driven traffic generator: sends a datagram of a fixed size every interval, from a start time for a
 * number of datagrams or until a stop time. The first 4 payload bytes carry the datagram's sequence number
 * (0, 1, 2, … big-endian) when the payload is at least 4 bytes long, so a receiver can see loss and order.
 * It needs no thread: each send schedules the next.
 */
public final class PeriodicUdpSender {
    private final Simulation sim;
    private final UdpSocket socket;
    private final Ipv4Address destination;
    private final int port;
    private final int payloadBytes;
    private final long intervalNanos;
    private final long stopNanos;
    private final byte[] payload;
    private final Runnable sendNext = this::sendOne;
    private long sent;
    private SocketFailure failure;

    /**
     * @param stopNanos the time after which nothing more is sent (exclusive)
     */
    public PeriodicUdpSender(Simulation sim, UdpSocket socket, Ipv4Address destination, int port, int payloadBytes,
            long intervalNanos, long stopNanos) {
        if (payloadBytes < 0) {
            throw new IllegalArgumentException("payload size must not be negative, was " + payloadBytes);
        }
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("send interval must be more than 0, was " + intervalNanos + " ns");
        }
        this.sim = sim;
        this.socket = socket;
        this.destination = destination;
        this.port = port;
        this.payloadBytes = payloadBytes;
        this.intervalNanos = intervalNanos;
        this.stopNanos = stopNanos;
        this.payload = new byte[payloadBytes];
    }

    /** Sends the first datagram at {@code startNanos}, then one every interval. */
    public void start(long startNanos) {
        if (startNanos < stopNanos) {
            sim.scheduleAt(startNanos, sendNext);
        }
    }

    /** Datagrams handed to the socket so far. */
    public long sent() {
        return sent;
    }

    /** The failure that stopped the sender early, or null. */
    public SocketFailure failure() {
        return failure;
    }

    private void sendOne() {
        if (payloadBytes >= 4) { // the socket copies the payload, so one buffer serves every datagram
            payload[0] = (byte) (sent >>> 24);
            payload[1] = (byte) (sent >>> 16);
            payload[2] = (byte) (sent >>> 8);
            payload[3] = (byte) sent;
        }
        try {
            socket.sendTo(payload, destination, port);
        } catch (SocketFailure e) {
            failure = e;
            return;
        }
        sent++;
        long next = sim.now() + intervalNanos;
        if (next < stopNanos) {
            sim.scheduleAt(next, sendNext);
        }
    }
}
