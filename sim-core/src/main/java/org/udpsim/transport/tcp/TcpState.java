package org.udpsim.transport.tcp;

/** The states of a TCP connection, as RFC 9293 section 3.3.2 draws them. */
public enum TcpState {
    /** No connection: not yet opened, or ended. */
    CLOSED,
    /** Waiting for connection requests on a local port. */
    LISTEN,
    /** A SYN was sent; waiting for the matching SYN-ACK. */
    SYN_SENT,
    /** A SYN arrived and a SYN-ACK was sent; waiting for its acknowledgement. */
    SYN_RECEIVED,
    /** The connection is open: data flows both ways. */
    ESTABLISHED,
    /** The application closed; our FIN is sent and not yet acknowledged. */
    FIN_WAIT_1,
    /** Our FIN is acknowledged; waiting for the peer's FIN. */
    FIN_WAIT_2,
    /** The peer's FIN arrived; waiting for our application to close. */
    CLOSE_WAIT,
    /** Both sides sent FIN at once; waiting for the acknowledgement of ours. */
    CLOSING,
    /** The peer closed first and we sent our FIN; waiting for its acknowledgement. */
    LAST_ACK,
    /** Both FINs are acknowledged; waiting 2·MSL so stray segments of this connection die out. */
    TIME_WAIT;

    /** True once both sides' initial sequence numbers are known (every state after SYN_RECEIVED). */
    public boolean isSynchronized() {
        return ordinal() >= ESTABLISHED.ordinal();
    }

    /** True in the states where data may still arrive from the peer. */
    boolean receivesData() {
        return this == ESTABLISHED || this == FIN_WAIT_1 || this == FIN_WAIT_2;
    }

    /** True in the states where the application may still send. */
    boolean sendsData() {
        return this == ESTABLISHED || this == CLOSE_WAIT;
    }
}
