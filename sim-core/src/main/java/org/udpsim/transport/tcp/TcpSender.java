package org.udpsim.transport.tcp;

import org.udpsim.kernel.ScheduledEvent;
import org.udpsim.packet.Packet;
import org.udpsim.trace.TcpRetransmitted;

/**
 * The sending half of a connection: it cuts the send buffer into segments of at most the MSS, sends as much as the
 * peer's window and the congestion window allow, retransmits on timeout (going back to the first unacknowledged
 * byte) and on three duplicate acknowledgements, probes a zero window, and gives up after the configured retries.
 *
 * <p>Positions are counted from the initial sequence number: the SYN is position 0, the first data byte 1, and the
 * FIN follows the last data byte. The connection converts them to and from the 32-bit wire numbers.
 */
final class TcpSender {
    private static final byte[] NONE = new byte[0];
    /** RFC 9293 section 3.7.1: the MSS to assume when the peer announces none. */
    private static final int DEFAULT_MSS = 536;

    private final TcpConnection conn;
    private final TcpConfig config;
    private final SendBuffer buffer;
    private final RetransmissionTimer timer;
    private CongestionControl cc;
    private int peerMss = DEFAULT_MSS;
    private int smss;

    private long sndUna;
    private long sndNxt;
    private long sndMax;
    private long sndWnd;
    private long wl1;
    private long wl2;
    /** Stream position of the first byte still in the buffer. */
    private long bufferStart = 1;
    /** Stream position of our FIN once the application closed, else -1. */
    private long finAt = -1;
    /** The end of the last zero-window probe sent beyond {@link #sndNxt}. */
    private long probeEnd;
    private ScheduledEvent persist;
    private int persistBackoffs;
    private int retries;
    private long retransmissions;
    private boolean synRetransmitted;

    TcpSender(TcpConnection conn, TcpConfig config) {
        this.conn = conn;
        this.config = config;
        this.buffer = new SendBuffer(config.sendBuffer());
        this.timer = new RetransmissionTimer(conn.simulation(), config, conn::retransmissionTimeout);
        this.smss = Math.min(config.mss(), DEFAULT_MSS);
    }

    RetransmissionTimer timer() {
        return timer;
    }

    /** The congestion control, null until the handshake completes. */
    CongestionControl congestion() {
        return cc;
    }

    long sndUna() {
        return sndUna;
    }

    long sndNxt() {
        return sndNxt;
    }

    long sndWnd() {
        return sndWnd;
    }

    int smss() {
        return smss;
    }

    long retransmissions() {
        return retransmissions;
    }

    int buffered() {
        return buffer.size();
    }

    int free() {
        return finAt >= 0 ? 0 : buffer.free();
    }

    /** Bytes sent and not yet acknowledged. */
    long flightSize() {
        return sndMax - sndUna;
    }

    /** The highest position an acknowledgement may name: everything sent, zero-window probes included. */
    long maxAckable() {
        return Math.max(sndMax, probeEnd);
    }

    boolean finQueued() {
        return finAt >= 0;
    }

    boolean finAcked() {
        return finAt >= 0 && sndUna > finAt;
    }

    /** The peer's MSS option (from its SYN or SYN-ACK), -1 if it sent none. */
    void peerMss(int mss) {
        this.peerMss = mss < 0 ? DEFAULT_MSS : mss;
    }

    /** Sends our SYN (a SYN-ACK when {@code ack}), with the MSS option; {@code reason} non-null marks a retransmission. */
    void sendSyn(boolean ack, TcpRetransmitted.Reason reason) {
        Packet p = conn.emit(TcpHeader.SYN | (ack ? TcpHeader.ACK : 0), 0, NONE, config.mss());
        if (reason != null) {
            retransmissions++;
            conn.traceRetransmission(p, reason);
        } else {
            timer.startTiming(1);
        }
        sndNxt = Math.max(sndNxt, 1);
        sndMax = Math.max(sndMax, 1);
        timer.start();
    }

    /**
     * The peer acknowledged our SYN: the MSS is settled as the smaller of ours and the peer's (RFC 9293 section
     * 3.7.1), congestion control starts, and the peer's window is taken from this segment.
     */
    void synAcknowledged(long segSeq, long window) {
        smss = Math.min(config.mss(), peerMss);
        cc = new CongestionControl(smss, config.initialWindow(smss), config.initialSsthresh(), conn::cwndChanged);
        sndUna = 1;
        sndNxt = Math.max(sndNxt, 1);
        timer.acknowledged(1);
        timer.stop();
        retries = 0;
        if (synRetransmitted) {
            timer.afterSynRetransmitted();
        }
        sndWnd = window;
        wl1 = segSeq;
        wl2 = 1;
        conn.cwndChanged();
    }

    /** Takes as many of the bytes as fit in the send buffer, sends what the windows allow, and returns the count. */
    int write(byte[] data, int off, int len) {
        if (finAt >= 0) {
            return 0;
        }
        int n = buffer.write(data, off, len);
        output();
        return n;
    }

    /** The application closed: a FIN follows the last byte written. */
    void queueFin() {
        if (finAt < 0) {
            finAt = bufferStart + buffer.size();
            output();
        }
    }

    /**
     * Sends new segments while the usable window, min(cwnd, peer's window) less the bytes in flight, has room
     * (RFC 5681 section 3.1, RFC 9293 section 3.8.6), then the FIN once every data byte is sent.
     */
    void output() {
        if (cc == null || !conn.state().isSynchronized()) {
            return;
        }
        while (true) {
            long dataEnd = dataEnd();
            if (sndNxt < dataEnd) {
                long usable = Math.min(cc.cwnd(), sndWnd) - (sndNxt - sndUna);
                if (usable <= 0) {
                    break;
                }
                int len = (int) Math.min(Math.min(smss, dataEnd - sndNxt), usable);
                sendData(sndNxt, len, finAt >= 0 && sndNxt + len == finAt, TcpRetransmitted.Reason.TIMEOUT);
                continue;
            }
            if (finAt >= 0 && sndNxt == finAt) {
                sendData(finAt, 0, true, TcpRetransmitted.Reason.TIMEOUT);
            }
            break;
        }
        if (sndWnd == 0 && sndNxt < dataEnd() && sndNxt == sndUna) {
            startPersist();
        }
    }

    /** An acknowledgement of new data up to {@code ack} (RFC 9293 section 3.10.7.4, RFC 6298 (5.2), (5.3)). */
    void onNewAck(long ack) {
        long acked = ack - sndUna;
        long dataAcked = Math.min(ack, dataEnd()) - bufferStart;
        if (dataAcked > 0) {
            buffer.consume((int) dataAcked);
            bufferStart += dataAcked;
            conn.writable();
        }
        sndUna = ack;
        sndNxt = Math.max(sndNxt, sndUna);
        sndMax = Math.max(sndMax, sndUna);
        timer.acknowledged(ack);
        retries = 0;
        cc.onNewAck(acked);
        if (sndUna >= sndMax) {
            timer.stop();
        } else {
            timer.restart();
        }
    }

    /** A duplicate acknowledgement; the third sets off a fast retransmit (RFC 5681 section 3.2). */
    void onDuplicateAck() {
        if (cc.onDuplicateAck(flightSize())) {
            retransmitFirst(TcpRetransmitted.Reason.FAST);
        }
    }

    /** Takes the peer's window from a segment newer than the last one that set it (RFC 9293 section 3.10.7.4). */
    void updateWindow(long segSeq, long ack, long window) {
        if (wl1 < segSeq || (wl1 == segSeq && wl2 <= ack)) {
            sndWnd = window;
            wl1 = segSeq;
            wl2 = ack;
        }
        if (sndWnd > 0) {
            stopPersist();
        }
    }

    /**
     * The retransmission timer expired (RFC 6298 section 5): give up after the configured retries; otherwise back
     * off, shrink the congestion window, and send again from the first unacknowledged byte.
     */
    void onTimeout() {
        TcpState state = conn.state();
        boolean syn = state == TcpState.SYN_SENT || state == TcpState.SYN_RECEIVED;
        if (!syn && sndUna >= sndMax) {
            return;
        }
        int max = syn ? config.synRetries() : config.dataRetries();
        if (retries >= max) {
            conn.giveUp(retries);
            return;
        }
        retries++;
        timer.cancelTiming();
        if (syn) {
            synRetransmitted = true;
            if (config.synBackoff()) {
                timer.backOff();
            }
            sendSyn(state == TcpState.SYN_RECEIVED, TcpRetransmitted.Reason.TIMEOUT);
        } else {
            timer.backOff();
            cc.onTimeout(flightSize());
            sndNxt = sndUna;
            retransmitFirst(TcpRetransmitted.Reason.TIMEOUT);
        }
        if (retries == max && config.giveUpAtNextTick()) {
            timer.restartAfter(config.clockGranularityNanos());
        } else {
            timer.restart();
        }
    }

    /** Stops every timer of the sender. */
    void stop() {
        timer.stop();
        stopPersist();
    }

    /** Sends the first unacknowledged segment again. */
    private void retransmitFirst(TcpRetransmitted.Reason reason) {
        long end = Math.min(sndMax, dataEnd());
        int len = (int) Math.max(0, Math.min(smss, end - sndUna));
        boolean fin = finAt >= 0 && sndUna + len == finAt && sndMax > finAt;
        if (len > 0 || fin) {
            sendData(sndUna, len, fin, reason);
        }
    }

    /** Sends {@code len} bytes from position {@code seq}, with a FIN after them if {@code fin}. */
    private void sendData(long seq, int len, boolean fin, TcpRetransmitted.Reason ifAgain) {
        byte[] data = len > 0 ? buffer.copy((int) (seq - bufferStart), len) : NONE;
        boolean push = len > 0 && seq + len == dataEnd();
        int flags = TcpHeader.ACK | (fin ? TcpHeader.FIN : 0) | (push ? TcpHeader.PSH : 0);
        Packet p = conn.emit(flags, seq, data, -1);
        long end = seq + len + (fin ? 1 : 0);
        if (seq < sndMax) {
            retransmissions++;
            timer.cancelTiming();
            conn.traceRetransmission(p, ifAgain);
        } else {
            timer.startTiming(end);
        }
        if (seq == sndNxt) {
            sndNxt = end;
        }
        sndMax = Math.max(sndMax, end);
        timer.start();
    }

    private long dataEnd() {
        return bufferStart + buffer.size();
    }

    /** RFC 9293 section 3.8.6.1: while the peer's window is zero, probe it with one byte, backing off. */
    private void startPersist() {
        if (persist == null) {
            long interval = timer.rto();
            for (int i = 0; i < persistBackoffs && interval < config.maxRtoNanos(); i++) {
                interval *= 2;
            }
            persist = conn.simulation().schedule(Math.min(interval, config.maxRtoNanos()), conn::persistTimeout);
        }
    }

    /** The persist timer expired: send one byte beyond the closed window, unless the window opened meanwhile. */
    void probe() {
        persist = null;
        if (sndWnd > 0 || sndNxt >= dataEnd() || sndNxt != sndUna || !conn.state().isSynchronized()) {
            return;
        }
        conn.emit(TcpHeader.ACK, sndNxt, buffer.copy((int) (sndNxt - bufferStart), 1), -1);
        probeEnd = Math.max(probeEnd, sndNxt + 1);
        persistBackoffs++;
        startPersist();
    }

    private void stopPersist() {
        if (persist != null) {
            conn.simulation().cancel(persist);
            persist = null;
        }
        persistBackoffs = 0;
    }
}
