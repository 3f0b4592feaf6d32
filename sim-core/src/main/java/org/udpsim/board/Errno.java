package org.udpsim.board;

/**
 * The errno values of the board's firmware (MicroPython v1.12 on ESP-IDF 4.0.1 with lwIP), as BOARD-FACTS.md
 * reads them, and how the board prints each in an {@code OSError}.
 */
public enum Errno {
    EBADF(9, "[Errno 9] EBADF"),
    EAGAIN(11, "[Errno 11] EAGAIN"),
    EINVAL(22, "[Errno 22] EINVAL"),
    ENFILE(23, "[Errno 23] ENFILE"),
    EOPNOTSUPP(95, "[Errno 95] EOPNOTSUPP"),
    EADDRINUSE(98, "[Errno 98] EADDRINUSE"),
    ECONNRESET(104, "[Errno 104] ECONNRESET"),
    ETIMEDOUT(110, "[Errno 110] ETIMEDOUT"),
    /** The firmware prints ECONNABORTED (113) with the name EHOSTUNREACH: a quirk kept as it is. */
    ECONNABORTED(113, "[Errno 113] EHOSTUNREACH"),
    /** The firmware has no name for 118 and prints it bare. */
    EHOSTUNREACH(118, "118"),
    ENOTCONN(128, "[Errno 128] ENOTCONN");

    private final int code;
    private final String printed;

    Errno(int code, String printed) {
        this.code = code;
        this.printed = printed;
    }

    /** The number, as {@code e.args[0]} gives it. */
    public int code() {
        return code;
    }

    /** What follows {@code OSError: } when the board prints the error. */
    public String printed() {
        return printed;
    }
}
