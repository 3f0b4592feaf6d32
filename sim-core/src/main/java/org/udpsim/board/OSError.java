package org.udpsim.board;

/**
 * MicroPython's {@code OSError} as the board raises it: either with an errno ({@code OSError: [Errno 110] ETIMEDOUT})
 * or with a message ({@code OSError: SSID invalid / failed to scan this wifi}).
 */
public final class OSError extends PythonException {
    private final Errno errno;

    /** An error carrying one of the firmware's errno values. */
    public OSError(Errno errno) {
        super("OSError", errno.printed());
        this.errno = errno;
    }

    /** An error carrying a message, as the mpython module raises for WiFi failures. */
    public OSError(String message) {
        super("OSError", message);
        this.errno = null;
    }

    /** The errno, or null for an error raised with a message. */
    public Errno errno() {
        return errno;
    }
}
