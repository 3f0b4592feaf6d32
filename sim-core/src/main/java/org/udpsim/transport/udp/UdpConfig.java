package org.udpsim.transport.udp;

/**
 * How a node's UDP behaves where stacks differ.
 *
 * @param receiveQueueLimit datagrams a socket holds before further arrivals are dropped (the board holds 6)
 * @param maxReceivePayload the largest payload the node can receive (the board: 1472, one unfragmented frame)
 * @param boundSocketsGetBroadcast whether a socket bound to the node's own address also receives broadcasts
 *     (true on the board's lwIP, false on Linux)
 * @param ephemeralPortFirst the first port handed to sockets that send before binding
 * @param ephemeralPortLast the last such port
 */
public record UdpConfig(int receiveQueueLimit, int maxReceivePayload, boolean boundSocketsGetBroadcast,
        int ephemeralPortFirst, int ephemeralPortLast) {
    /** A PC: a generous queue, any size, Linux's broadcast rule and port range. */
    public static final UdpConfig HOST = new UdpConfig(1024, org.udpsim.packet.Packet.MAX_UDP_PAYLOAD, false, 32768, 60999);
    /** The mPython board's lwIP, as BOARD-FACTS.md reads it from the firmware. */
    public static final UdpConfig BOARD = new UdpConfig(6, 1472, true, 49152, 65535);

    public UdpConfig {
        if (receiveQueueLimit < 1) {
            throw new IllegalArgumentException("a socket's receive queue must hold at least 1 datagram, was "
                    + receiveQueueLimit);
        }
        if (maxReceivePayload < 0 || maxReceivePayload > org.udpsim.packet.Packet.MAX_UDP_PAYLOAD) {
            throw new IllegalArgumentException("the largest receivable payload must be 0-"
                    + org.udpsim.packet.Packet.MAX_UDP_PAYLOAD + " bytes, was " + maxReceivePayload);
        }
        if (ephemeralPortFirst < 1 || ephemeralPortLast > 65535 || ephemeralPortFirst > ephemeralPortLast) {
            throw new IllegalArgumentException("the ephemeral port range must lie within 1-65535 and not be empty, was "
                    + ephemeralPortFirst + "-" + ephemeralPortLast);
        }
    }
}
