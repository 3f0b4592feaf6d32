package org.udpsim.transport;

/**
 * A socket operation failed for a reason a program can handle; {@link #reason()} says which, and the board layer
 * turns it into the firmware's errno.
 */
public final class SocketFailure extends Exception {
    /** Why a socket operation failed. */
    public enum Reason {
        /** The address and port are already bound by another socket. */
        ADDRESS_IN_USE,
        /** The address is not one of this node's. */
        ADDRESS_NOT_AVAILABLE,
        /** The socket was closed. */
        CLOSED,
        /** There is no route to the destination (no network, no address yet). */
        NO_ROUTE,
        /** The node has no free port left. */
        NO_FREE_PORT,
        /** The datagram is larger than UDP can carry. */
        MESSAGE_TOO_LONG,
        /**
         * The peer answered the connection request with a reset: nothing listens on that port (the board raises
         * ECONNRESET, 104).
         */
        CONNECTION_REFUSED,
        /** The peer reset the connection (a TCP RST) after it was set up. */
        CONNECTION_RESET,
        /**
         * The connection request went unanswered through every SYN retransmission, e.g. to an absent host (the
         * board raises errno 113, which it prints as EHOSTUNREACH).
         */
        CONNECTION_ABORTED,
        /** Data went unacknowledged through every retransmission, or a blocking connect ran out of time. */
        TIMED_OUT,
        /** The operation needs a connected socket. */
        NOT_CONNECTED,
        /** The socket is already connected, or connecting. */
        ALREADY_CONNECTED,
        /** The call does not fit the socket's state, e.g. {@code accept} before {@code listen}. */
        INVALID_STATE
    }

    private final Reason reason;

    public SocketFailure(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
