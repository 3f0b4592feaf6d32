package org.udpsim.transport.tcp;

/**
 * A snapshot of one connection's inner state, like Linux's {@code TCP_INFO}: for tests, lessons and reports.
 *
 * @param srttNanos the smoothed round-trip time (RFC 6298), -1 before the first sample
 * @param rttvarNanos the round-trip time variation, -1 before the first sample
 * @param rtoNanos the current retransmission timeout, backoff included
 * @param cwnd the congestion window in bytes (0 before the handshake completes)
 * @param ssthresh the slow-start threshold in bytes
 * @param sendWindow the window the peer last advertised
 * @param receiveWindow the window this side advertises now
 * @param mss the segment size this side sends
 * @param retransmissions segments sent again so far, SYNs included
 * @param bytesInFlight bytes sent and not yet acknowledged
 * @param sendBuffered bytes in the send buffer (in flight or waiting)
 * @param receiveBuffered bytes received in order and not yet read
 */
public record TcpInfo(TcpState state, long srttNanos, long rttvarNanos, long rtoNanos, long cwnd, long ssthresh,
        long sendWindow, int receiveWindow, int mss, long retransmissions, long bytesInFlight, int sendBuffered,
        int receiveBuffered) {
}
