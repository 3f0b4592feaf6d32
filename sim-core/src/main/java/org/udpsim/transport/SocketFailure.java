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
        MESSAGE_TOO_LONG
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
