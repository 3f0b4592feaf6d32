package org.udpsim.board;

/** A Python socket address tuple {@code ('192.168.0.3', 6000)}; host {@code ''} means any address. */
public record SocketAddress(String host, int port) {
    public SocketAddress {
        if (host == null) {
            throw new IllegalArgumentException("an address needs a host ('' for any)");
        }
        if (port < 0 || port > 65535) {
            throw new PythonException("OverflowError", "port must be 0-65535");
        }
    }
}
