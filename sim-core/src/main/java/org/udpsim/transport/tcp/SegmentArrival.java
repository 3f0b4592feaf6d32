package org.udpsim.transport.tcp;

import org.udpsim.transport.SocketFailure;

/**
 * What a connection does with an arriving segment: RFC 9293 section 3.10.7.3 in SYN_SENT, and section 3.10.7.4
 * in every later state, checking in its order the sequence number, RST, SYN, ACK, the data, and FIN.
 *
 * <p>Not modelled: simultaneous open (a bare SYN in SYN_SENT is ignored), urgent data, and RFC 5961's exact-match
 * rule for resets (any reset within the window is taken).
 */
final class SegmentArrival {
    private final TcpConnection c;

    SegmentArrival(TcpConnection connection) {
        this.c = connection;
    }

    void arrive(TcpHeader h, byte[] payload) {
        TcpState state = c.state();
        if (state == TcpState.SYN_SENT) {
            synSent(h);
        } else if (state != TcpState.CLOSED && state != TcpState.LISTEN) {
            synchronizedOrSynReceived(h, payload);
        }
    }

    /** RFC 9293 section 3.10.7.3. */
    private void synSent(TcpHeader h) {
        boolean ackOk = h.has(TcpHeader.ACK) && h.acknowledgement() == c.iss() + 1;
        if (h.has(TcpHeader.ACK) && !ackOk) {
            if (!h.has(TcpHeader.RST)) {
                c.resetFor(h.acknowledgement());
            }
            return;
        }
        if (h.has(TcpHeader.RST)) {
            if (ackOk) {
                c.fail(SocketFailure.Reason.CONNECTION_REFUSED, c.remoteName() + " refused the connection (RST)");
            }
            return;
        }
        if (!h.has(TcpHeader.SYN) || !ackOk) {
            return; // a bare SYN would be a simultaneous open
        }
        c.setIrs(h.sequence());
        c.receiver().synReceived();
        c.sender().peerMss(h.mss());
        c.sender().synAcknowledged(0, h.window());
        c.setState(TcpState.ESTABLISHED);
        c.raise(TcpConnection.CONNECTED);
    }

    /** RFC 9293 section 3.10.7.4. */
    private void synchronizedOrSynReceived(TcpHeader h, byte[] payload) {
        TcpSender sender = c.sender();
        TcpReceiver receiver = c.receiver();
        if (c.state() == TcpState.SYN_RECEIVED && h.has(TcpHeader.SYN) && !h.has(TcpHeader.ACK)) {
            return; // the peer repeated its SYN; our SYN-ACK timer answers it
        }
        long seq = receiver.rcvNxt() + (h.sequence() - (c.irs() + (int) receiver.rcvNxt()));
        int segLen = payload.length + (h.has(TcpHeader.FIN) ? 1 : 0);
        // first: the sequence number
        if (!receiver.acceptable(seq, segLen)) {
            if (!h.has(TcpHeader.RST)) {
                receiver.requestAck();
            }
            if (c.state() == TcpState.TIME_WAIT && h.has(TcpHeader.FIN)) {
                c.startLinger(c.config().timeWaitNanos()); // the peer repeats its FIN: our last ACK was lost
            }
            return;
        }
        // second: RST
        if (h.has(TcpHeader.RST)) {
            resetReceived();
            return;
        }
        // fourth: SYN in the window is answered with a challenge ACK (RFC 5961 section 4)
        if (h.has(TcpHeader.SYN)) {
            receiver.requestAck();
            return;
        }
        // fifth: ACK
        if (!h.has(TcpHeader.ACK)) {
            return;
        }
        long ack = sender.sndUna() + (h.acknowledgement() - (c.iss() + (int) sender.sndUna()));
        if (c.state() == TcpState.SYN_RECEIVED) {
            if (ack != 1) {
                c.resetFor(h.acknowledgement());
                return;
            }
            sender.synAcknowledged(seq, h.window());
            c.setState(TcpState.ESTABLISHED);
            c.raise(TcpConnection.CONNECTED);
        } else {
            if (ack > sender.maxAckable()) {
                receiver.requestAck();
                return;
            }
            boolean duplicate = ack == sender.sndUna() && segLen == 0 && h.window() == sender.sndWnd()
                    && sender.flightSize() > 0;
            if (ack > sender.sndUna()) {
                sender.onNewAck(ack);
            } else if (duplicate) {
                sender.onDuplicateAck();
            }
            sender.updateWindow(seq, ack, h.window());
        }
        if (sender.finAcked() && ourFinAcknowledged()) {
            return;
        }
        // seventh and eighth: the data, and FIN
        if (c.state().receivesData()) {
            boolean hadFin = receiver.finReceived();
            if (receiver.receive(seq, payload, h.has(TcpHeader.FIN))) {
                c.raise(TcpConnection.DATA);
            }
            if (c.applicationClosed()) {
                receiver.discard();
            }
            if (!hadFin && receiver.finReceived()) {
                finReceived();
            }
        } else if (segLen > 0) {
            receiver.requestAck();
        }
    }

    /** Our FIN is acknowledged: FIN_WAIT_1, CLOSING and LAST_ACK move on. Returns true if the connection ended. */
    private boolean ourFinAcknowledged() {
        switch (c.state()) {
            case FIN_WAIT_1 -> {
                c.setState(TcpState.FIN_WAIT_2);
                c.startLinger(c.config().finWait2TimeoutNanos());
            }
            case CLOSING -> c.enterTimeWait();
            case LAST_ACK -> {
                c.terminate();
                return true;
            }
            default -> {
            }
        }
        return false;
    }

    /** The peer's FIN took its place in the stream. */
    private void finReceived() {
        c.raise(TcpConnection.END_OF_STREAM);
        switch (c.state()) {
            case ESTABLISHED -> c.setState(TcpState.CLOSE_WAIT);
            case FIN_WAIT_1 -> c.setState(TcpState.CLOSING);
            case FIN_WAIT_2 -> c.enterTimeWait();
            default -> {
            }
        }
    }

    private void resetReceived() {
        switch (c.state()) {
            case TIME_WAIT -> {
                // RFC 1337: a reset must not cut TIME_WAIT short (lwIP ignores it too)
            }
            case SYN_RECEIVED, CLOSING, LAST_ACK -> c.terminate();
            default -> c.fail(SocketFailure.Reason.CONNECTION_RESET, c.remoteName() + " reset the connection (RST)");
        }
    }
}
