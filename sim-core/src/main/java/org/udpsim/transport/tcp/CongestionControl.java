package org.udpsim.transport.tcp;

/**
 * Reno congestion control (RFC 5681): a congestion window that grows by one segment per acknowledgement in slow
 * start and by about one segment per round trip in congestion avoidance, halves on three duplicate
 * acknowledgements (fast retransmit and fast recovery), and falls to one segment when the retransmission timer
 * expires. UDP has none of this.
 */
final class CongestionControl {
    /** RFC 5681 section 3.2: the duplicate acknowledgements that signal a loss. */
    static final int DUP_ACK_THRESHOLD = 3;

    private final int smss;
    private final Runnable onChange;
    private long cwnd;
    private long ssthresh;
    private int dupAcks;
    private boolean inRecovery;

    /**
     * @param smss the sender's maximum segment size
     * @param onChange called after every change of cwnd or ssthresh
     */
    CongestionControl(int smss, long initialWindow, long initialSsthresh, Runnable onChange) {
        this.smss = smss;
        this.cwnd = initialWindow;
        this.ssthresh = initialSsthresh;
        this.onChange = onChange;
    }

    long cwnd() {
        return cwnd;
    }

    long ssthresh() {
        return ssthresh;
    }

    int dupAcks() {
        return dupAcks;
    }

    boolean inRecovery() {
        return inRecovery;
    }

    /**
     * An acknowledgement of {@code acked} new bytes. In fast recovery it deflates the window to ssthresh and ends
     * recovery (3.2 step 6); otherwise slow start adds min(acked, SMSS) (eq. 2) and congestion avoidance adds
     * SMSS·SMSS/cwnd, at least one byte (eq. 3).
     */
    void onNewAck(long acked) {
        dupAcks = 0;
        if (inRecovery) {
            inRecovery = false;
            cwnd = ssthresh;
        } else if (cwnd < ssthresh) {
            cwnd += Math.min(acked, smss);
        } else {
            cwnd += Math.max(1, (long) smss * smss / cwnd);
        }
        onChange.run();
    }

    /**
     * A duplicate acknowledgement while {@code flightSize} bytes are outstanding. Returns true on the third: the
     * caller retransmits the first unacknowledged segment, as ssthresh becomes max(FlightSize/2, 2·SMSS) (eq. 4)
     * and cwnd ssthresh + 3·SMSS; each later duplicate inflates cwnd by one SMSS (3.2 steps 2-4).
     */
    boolean onDuplicateAck(long flightSize) {
        dupAcks++;
        if (inRecovery) {
            cwnd += smss;
            onChange.run();
            return false;
        }
        if (dupAcks == DUP_ACK_THRESHOLD) {
            ssthresh = Math.max(flightSize / 2, 2L * smss);
            cwnd = ssthresh + (long) DUP_ACK_THRESHOLD * smss;
            inRecovery = true;
            onChange.run();
            return true;
        }
        return false;
    }

    /** The retransmission timer expired: ssthresh = max(FlightSize/2, 2·SMSS) (eq. 4), cwnd = one segment (3.1). */
    void onTimeout(long flightSize) {
        ssthresh = Math.max(flightSize / 2, 2L * smss);
        cwnd = smss;
        dupAcks = 0;
        inRecovery = false;
        onChange.run();
    }
}
