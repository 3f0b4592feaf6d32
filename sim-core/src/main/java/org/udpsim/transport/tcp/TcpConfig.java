package org.udpsim.transport.tcp;

import org.udpsim.kernel.SimTime;

/**
 * How a node's TCP behaves where stacks differ: segment and buffer sizes, the retransmission timer's limits, how
 * often it retries, and how long a closed connection lingers.
 *
 * <p>{@link #HOST} follows Linux; {@link #BOARD} follows the board's lwIP as ESP-IDF configures it (BOARD-FACTS.md).
 * Each value's source is noted at the preset.
 *
 * @param mss the maximum segment size this side announces in its SYN and sends at most (the peer's announcement
 *     may lower what it sends)
 * @param sendBuffer bytes a connection holds that its application has handed over and the peer has not yet
 *     acknowledged; a {@code send} returns fewer bytes than given when they do not fit
 * @param receiveWindow bytes of received data a connection holds for its application: the window it advertises
 *     (at most 65535, as window scaling is not modelled)
 * @param initialRtoNanos the retransmission timeout before any round-trip sample (RFC 6298 (2.1))
 * @param minRtoNanos the smallest retransmission timeout (RFC 6298 (2.4))
 * @param maxRtoNanos the largest retransmission timeout, backed off or not (RFC 6298 (2.5))
 * @param clockGranularityNanos the clock granularity G in RTO = SRTT + max(G, 4·RTTVAR) (RFC 6298 (2.2))
 * @param dataRetries retransmissions of a data (or FIN) segment before the connection fails with
 *     {@code TIMED_OUT}
 * @param synRetries retransmissions of a SYN (or SYN-ACK) before the attempt fails with {@code CONNECTION_ABORTED}
 * @param synBackoff whether the timeout doubles between SYN retransmissions (Linux: yes; lwIP keeps it fixed)
 * @param giveUpAtNextTick when the last allowed retransmission stays unanswered: false gives up after one more
 *     (backed-off) timeout, as Linux; true gives up one clock tick ({@code clockGranularityNanos}) later, as lwIP's
 *     slow timer checks its retry count before its retransmission timer
 * @param delayedAckNanos how long a receiver may hold back the acknowledgement of a lone in-order segment (every
 *     second segment, and every out-of-order one, is acknowledged at once; RFC 5681 section 4.2); 0 acknowledges
 *     every segment at once
 * @param initialWindowSegments the initial congestion window in segments, or 0 for RFC 3390's
 *     min(4·MSS, max(2·MSS, 4380 bytes))
 * @param initialSsthresh the initial slow-start threshold in bytes
 * @param timeWaitNanos how long a connection stays in TIME_WAIT (2·MSL)
 * @param finWait2TimeoutNanos how long a connection whose application closed it waits in FIN_WAIT_2 for the peer's FIN
 * @param ephemeralPortFirst the first local port given to a socket that connects unbound
 * @param ephemeralPortLast the last such port
 */
public record TcpConfig(int mss, int sendBuffer, int receiveWindow, long initialRtoNanos, long minRtoNanos,
        long maxRtoNanos, long clockGranularityNanos, int dataRetries, int synRetries, boolean synBackoff,
        boolean giveUpAtNextTick, long delayedAckNanos, int initialWindowSegments, long initialSsthresh,
        long timeWaitNanos, long finWait2TimeoutNanos, int ephemeralPortFirst, int ephemeralPortLast) {

    /** The largest window a TCP header can advertise without window scaling (RFC 7323, not modelled). */
    public static final int MAX_WINDOW = 65535;

    /**
     * A PC running Linux: MSS 1460 (Ethernet's 1500-byte MTU less 40 header bytes); a 64 KiB send buffer [est:
     * Linux grows it from 16 KiB]; the largest unscaled window; RTO 1 s initially (RFC 6298, TCP_TIMEOUT_INIT), at
     * least 200 ms (TCP_RTO_MIN) and at most 120 s (TCP_RTO_MAX) on a 1 ms clock; 15 data retries
     * (tcp_retries2) and 6 SYN retries (tcp_syn_retries) with backoff; delayed ACK 40 ms (TCP_DELACK_MIN); an
     * initial window of 10 segments (RFC 6928); no initial ssthresh limit; TIME_WAIT 60 s (TCP_TIMEWAIT_LEN);
     * FIN_WAIT_2 60 s (tcp_fin_timeout); ephemeral ports 32768-60999.
     */
    public static final TcpConfig HOST = new TcpConfig(1460, 65536, MAX_WINDOW, SimTime.seconds(1),
            SimTime.millis(200), SimTime.seconds(120), SimTime.millis(1), 15, 6, true, false, SimTime.millis(40), 10,
            Integer.MAX_VALUE, SimTime.seconds(60), SimTime.seconds(60), 32768, 60999);

    /**
     * The board's lwIP (ESP-IDF 4.0 Kconfig defaults and lwIP's tcp.c): MSS 1440 (LWIP_TCP_MSS); send buffer and
     * window 5744 = 4 · 1436 (LWIP_TCP_SND_BUF_DEFAULT, LWIP_TCP_WND_DEFAULT); initial RTO 3 s (LWIP_TCP_RTO_TIME
     * with TCP_SYNMAXRTX 6); a 500 ms clock (TCP_SLOW_INTERVAL); a smallest RTO of 1.5 s, where lwIP's integer
     * estimator settles when round trips are shorter than one tick; at most 192 s (its backoff stops at 128 times
     * that); 12 data retransmissions (TCP_MAXRTX) and 6 SYN retransmissions (TCP_SYNMAXRTX) at a fixed interval, as
     * tcp_slowtmr does not back off in SYN_SENT, given up at the next tick; delayed ACK up to 250 ms (the fast
     * timer, TCP_TMR_INTERVAL); RFC 3390's initial window (LWIP_TCP_CALC_INITIAL_CWND); ssthresh starting at the
     * send buffer (tcp_alloc); TIME_WAIT 120 s = 2 · LWIP_TCP_MSL; FIN_WAIT_2 20 s (LWIP_TCP_FIN_WAIT_TIMEOUT);
     * ephemeral ports 49152-65535 (TCP_LOCAL_PORT_RANGE).
     *
     * <p>So a connect to an absent host fails after 6 · 3 s + 0.5 s = 18.5 s.
     */
    public static final TcpConfig BOARD = new TcpConfig(1440, 5744, 5744, SimTime.seconds(3), SimTime.millis(1500),
            SimTime.seconds(192), SimTime.millis(500), 12, 6, false, true, SimTime.millis(250), 0, 5744,
            SimTime.seconds(120), SimTime.seconds(20), 49152, 65535);

    public TcpConfig {
        check("mss", mss, 88, 65495, "bytes");
        check("sendBuffer", sendBuffer, 1, 1 << 24, "bytes");
        check("receiveWindow", receiveWindow, 1, MAX_WINDOW, "bytes");
        check("initialRtoNanos", initialRtoNanos, 1, SimTime.seconds(3600), "ns");
        check("minRtoNanos", minRtoNanos, 1, SimTime.seconds(3600), "ns");
        check("maxRtoNanos", maxRtoNanos, minRtoNanos, SimTime.seconds(3600), "ns (at least minRtoNanos)");
        check("clockGranularityNanos", clockGranularityNanos, 1, SimTime.seconds(10), "ns");
        check("dataRetries", dataRetries, 0, 255, "retransmissions");
        check("synRetries", synRetries, 0, 255, "retransmissions");
        check("delayedAckNanos", delayedAckNanos, 0, SimTime.millis(500), "ns (RFC 5681 allows at most 500 ms)");
        check("initialWindowSegments", initialWindowSegments, 0, 1000, "segments (0 for RFC 3390's)");
        check("initialSsthresh", initialSsthresh, 2L * mss, Long.MAX_VALUE, "bytes (at least 2 segments)");
        check("timeWaitNanos", timeWaitNanos, 0, SimTime.seconds(3600), "ns");
        check("finWait2TimeoutNanos", finWait2TimeoutNanos, 0, SimTime.seconds(3600), "ns");
        check("ephemeralPortFirst", ephemeralPortFirst, 1, 65535, "");
        check("ephemeralPortLast", ephemeralPortLast, ephemeralPortFirst, 65535, "(at least ephemeralPortFirst)");
    }

    private static void check(String name, long value, long min, long max, String unit) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("TCP " + name + " must be " + min + "-" + max
                    + (unit.isEmpty() ? "" : " " + unit) + ", was " + value);
        }
    }

    /** This configuration with another delayed-ACK time; 0 acknowledges every segment at once. */
    public TcpConfig withDelayedAck(long nanos) {
        return new TcpConfig(mss, sendBuffer, receiveWindow, initialRtoNanos, minRtoNanos, maxRtoNanos,
                clockGranularityNanos, dataRetries, synRetries, synBackoff, giveUpAtNextTick, nanos,
                initialWindowSegments, initialSsthresh, timeWaitNanos, finWait2TimeoutNanos, ephemeralPortFirst,
                ephemeralPortLast);
    }

    /** This configuration with other buffer sizes. */
    public TcpConfig withBuffers(int sendBufferBytes, int receiveWindowBytes) {
        return new TcpConfig(mss, sendBufferBytes, receiveWindowBytes, initialRtoNanos, minRtoNanos, maxRtoNanos,
                clockGranularityNanos, dataRetries, synRetries, synBackoff, giveUpAtNextTick, delayedAckNanos,
                initialWindowSegments, initialSsthresh, timeWaitNanos, finWait2TimeoutNanos, ephemeralPortFirst,
                ephemeralPortLast);
    }

    /** This configuration with other retransmission timer limits and clock granularity. */
    public TcpConfig withRto(long initialNanos, long minNanos, long maxNanos, long granularityNanos) {
        return new TcpConfig(mss, sendBuffer, receiveWindow, initialNanos, minNanos, maxNanos, granularityNanos,
                dataRetries, synRetries, synBackoff, giveUpAtNextTick, delayedAckNanos, initialWindowSegments,
                initialSsthresh, timeWaitNanos, finWait2TimeoutNanos, ephemeralPortFirst, ephemeralPortLast);
    }

    /** The initial congestion window for a connection whose sender MSS is {@code smss} (RFC 5681 (3.1)). */
    long initialWindow(int smss) {
        if (initialWindowSegments > 0) {
            return (long) initialWindowSegments * smss;
        }
        return Math.min(4L * smss, Math.max(2L * smss, 4380));
    }
}
