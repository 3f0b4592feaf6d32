package org.udpsim.transport.tcp;

import java.util.Arrays;
import org.udpsim.kernel.ScheduledEvent;

/**
 * The receiving half of a connection: it accepts segments that fall in its window, hands in-order bytes to the
 * receive buffer and keeps early ones until the gap before them fills, takes the peer's FIN in its place in the
 * stream, and decides when to acknowledge.
 *
 * <p>Acknowledgements follow RFC 5681 section 4.2: an out-of-order segment, a segment that fills a gap, and a FIN
 * are acknowledged at once; otherwise every second segment, or the lone one after the delayed-ACK time. Positions
 * count from the peer's initial sequence number (its SYN is position 0).
 */
final class TcpReceiver {
    private final TcpConnection conn;
    private final TcpConfig config;
    private final ReceiveBuffer buffer = new ReceiveBuffer();
    private final ReassemblyQueue ahead = new ReassemblyQueue();
    private long rcvNxt;
    /** Stream position of the peer's FIN once it arrived (perhaps early), else -1. */
    private long finAt = -1;
    private boolean finReceived;
    private int unackedSegments;
    private boolean ackNow;
    private ScheduledEvent delayedAck;
    private int lastAdvertised;

    TcpReceiver(TcpConnection conn, TcpConfig config) {
        this.conn = conn;
        this.config = config;
        this.lastAdvertised = config.receiveWindow();
    }

    long rcvNxt() {
        return rcvNxt;
    }

    boolean finReceived() {
        return finReceived;
    }

    /** Bytes the application may read now. */
    int available() {
        return buffer.size();
    }

    /** Bytes held ahead of a gap. */
    int heldAhead() {
        return ahead.bytes();
    }

    /** The window to advertise: the room left in the receive buffer (RFC 9293 section 3.8.6). */
    int window() {
        return Math.max(0, Math.min(TcpConfig.MAX_WINDOW, config.receiveWindow() - buffer.size()));
    }

    /** The peer's SYN arrived: the stream starts after it, and the SYN is acknowledged at once. */
    void synReceived() {
        rcvNxt = 1;
        ackNow = true;
    }

    /** RFC 9293 section 3.10.7.4's acceptability test for a segment of {@code segLen} at position {@code seq}. */
    boolean acceptable(long seq, int segLen) {
        long wnd = window();
        if (segLen == 0) {
            return wnd == 0 ? seq == rcvNxt : seq >= rcvNxt && seq < rcvNxt + wnd;
        }
        if (wnd == 0) {
            return false;
        }
        long last = seq + segLen - 1;
        return (seq >= rcvNxt && seq < rcvNxt + wnd) || (last >= rcvNxt && last < rcvNxt + wnd);
    }

    /**
     * Takes the data (and FIN) of an acceptable segment, trimmed to the window. Returns true if new bytes became
     * readable in order.
     */
    boolean receive(long seq, byte[] data, boolean fin) {
        long right = rcvNxt + window();
        long start = Math.max(seq, rcvNxt);
        long end = Math.min(seq + data.length, right);
        if (fin && seq + data.length <= right) {
            finAt = seq + data.length;
        }
        boolean newData = false;
        if (start == rcvNxt && end > start) {
            buffer.append(Arrays.copyOfRange(data, (int) (start - seq), (int) (end - seq)));
            rcvNxt = end;
            newData = true;
            byte[] more = ahead.take(rcvNxt);
            if (more.length > 0) {
                buffer.append(more);
                rcvNxt += more.length;
                ackNow = true;
            }
            unackedSegments++;
            if (config.delayedAckNanos() == 0 || unackedSegments >= 2) {
                ackNow = true;
            } else if (delayedAck == null) {
                delayedAck = conn.simulation().schedule(config.delayedAckNanos(), conn::delayedAckDue);
            }
        } else if (start > rcvNxt && end > start) {
            ahead.add(start, Arrays.copyOfRange(data, (int) (start - seq), (int) (end - seq)));
            ackNow = true;
        } else if (seq > rcvNxt && fin) {
            ackNow = true;
        }
        if (finAt >= 0 && !finReceived && rcvNxt == finAt) {
            rcvNxt++;
            finReceived = true;
            ackNow = true;
        }
        return newData;
    }

    /** Asks for an acknowledgement at once (for an unacceptable segment, RFC 9293 section 3.10.7.4). */
    void requestAck() {
        ackNow = true;
    }

    boolean wantsAckNow() {
        return ackNow;
    }

    /** Every segment we send carries the acknowledgement: nothing is owed after it. */
    void ackSent(int advertisedWindow) {
        ackNow = false;
        unackedSegments = 0;
        lastAdvertised = advertisedWindow;
        if (delayedAck != null) {
            conn.simulation().cancel(delayedAck);
            delayedAck = null;
        }
    }

    /** The delayed-ACK timer expired. */
    void delayedAckExpired() {
        delayedAck = null;
        ackNow = true;
    }

    /**
     * Takes up to {@code max} readable bytes. Reading opens the window; when it has grown by at least
     * min(buffer/2, MSS) (receiver-side SWS avoidance, RFC 1122 section 4.2.3.3) and at least doubled since it was
     * last advertised (so the peer may be held back, as Linux judges), the peer is told at once.
     */
    byte[] read(int max) {
        byte[] out = buffer.read(max);
        int now = window();
        if (out.length > 0 && now - lastAdvertised >= Math.min(config.receiveWindow() / 2, config.mss())
                && now >= 2 * lastAdvertised) {
            ackNow = true;
        }
        return out;
    }

    /** Takes every readable byte without announcing the window: for a handler about to be acknowledged anyway. */
    byte[] readAllQuietly() {
        return buffer.read(buffer.size());
    }

    /** Forgets every byte held: the connection was reset or its application has gone. */
    void discard() {
        buffer.clear();
        ahead.clear();
    }

    void stop() {
        if (delayedAck != null) {
            conn.simulation().cancel(delayedAck);
            delayedAck = null;
        }
    }
}
