package org.udpsim.board;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.transport.SocketFailure;
import org.udpsim.transport.tcp.TcpSocket;
import org.udpsim.transport.udp.Datagram;
import org.udpsim.transport.udp.UdpSocket;

/**
 * The board's {@code socket.socket} with the firmware's semantics (BOARD-FACTS.md, "MicroPython socket semantics"):
 * errno values, the 100 ms slices of a receive with a timeout, the 6-datagram queue, truncation, and the quirk that
 * after a zero-length datagram every receive returns {@code b''} at once.
 *
 * <p>Stream sockets are TCP with the board's lwIP limits (MSS 1440, a 5744-byte send buffer and window): a refused
 * {@code connect} raises ECONNRESET, one to an absent host errno 113 after about 15 s, {@code recv} returns
 * {@code b''} once the peer has closed, and {@code send} may take only part of the data.
 */
public final class BoardSocket {
    public static final int AF_INET = 2;
    public static final int SOCK_STREAM = 1;
    public static final int SOCK_DGRAM = 2;
    public static final int SOL_SOCKET = 0xfff;
    public static final int SO_REUSEADDR = 4;
    /** One receive wait of the firmware: timeouts are counted in these. */
    static final long SLICE = SimTime.millis(100);

    private final Board board;
    private final int type;
    private final UdpSocket udp;
    private final TcpSocket tcp;
    /** The destination of {@code send} on a datagram socket after {@code connect}. */
    private SocketAddress peer;
    private boolean closed;
    /** The timeout in seconds; null blocks forever, 0 never waits. */
    private Double timeout;
    private boolean sawEmptyDatagram;

    BoardSocket(Board board, int family, int type) {
        if (family != AF_INET) {
            throw new OSError(Errno.EINVAL);
        }
        if (type != SOCK_DGRAM && type != SOCK_STREAM) {
            throw new OSError(Errno.EINVAL);
        }
        this.board = board;
        this.type = type;
        this.udp = type == SOCK_DGRAM ? board.udp().open() : null;
        this.tcp = type == SOCK_STREAM ? board.tcp().open() : null;
    }

    /** A socket for a connection {@code accept} took. */
    private BoardSocket(Board board, TcpSocket accepted) {
        this.board = board;
        this.type = SOCK_STREAM;
        this.udp = null;
        this.tcp = accepted;
    }

    /** {@code setsockopt(level, option, value)}: SO_REUSEADDR works; others print the firmware's warning. */
    public void setsockopt(int level, int option, int value) {
        checkOpen();
        if (level == SOL_SOCKET && option == SO_REUSEADDR) {
            if (udp != null) {
                udp.setReuseAddress(value != 0);
            } else {
                tcp.setReuseAddress(value != 0);
            }
            return;
        }
        board.console().print("Warning: lwip.setsockopt() option not implemented");
    }

    /** {@code bind((host, port))}; host {@code ''} means 0.0.0.0. */
    public void bind(SocketAddress address) {
        checkOpen();
        Ipv4Address a = address.host().isEmpty() ? Ipv4Address.ANY : parseHost(address.host());
        try {
            if (udp != null) {
                udp.bind(a, address.port());
            } else {
                tcp.bind(a, address.port());
            }
        } catch (SocketFailure e) {
            throw toOSError(e);
        }
    }

    /** {@code listen(backlog)}: a stream socket waits for connections. */
    public void listen(int backlog) {
        checkOpen();
        requireStream();
        try {
            tcp.listen(backlog);
        } catch (SocketFailure e) {
            throw toOSError(e);
        }
    }

    /** What {@code accept} returns: the connection's socket and the peer's address. */
    public record Accepted(BoardSocket socket, SocketAddress address) {
    }

    /** {@code accept()}: waits for a connection (as the timeout allows); the new socket counts toward the 10. */
    public Accepted accept() {
        checkOpen();
        requireStream();
        board.socketOpening();
        TcpSocket conn;
        try {
            conn = tcp.accept(board.process(), waitNanos());
        } catch (SocketFailure e) {
            throw toOSError(e);
        }
        if (conn == null) {
            throw timedOut();
        }
        board.socketOpened();
        return new Accepted(new BoardSocket(board, conn),
                new SocketAddress(conn.remoteAddress().toString(), conn.remotePort()));
    }

    /**
     * {@code connect((host, port))}: a stream socket makes the three-way handshake (ECONNRESET if refused, errno 113
     * if the host never answers); a datagram socket only remembers where {@code send} goes.
     */
    public void connect(SocketAddress address) {
        checkOpen();
        Ipv4Address a = parseHost(address.host());
        if (udp != null) {
            peer = address;
            return;
        }
        try {
            tcp.connect(board.process(), a, address.port(), waitNanos());
        } catch (SocketFailure e) {
            throw toOSError(e);
        }
    }

    /** {@code send(data)}: returns how many bytes were taken; a stream socket may take only part of them. */
    public int send(Object data) {
        checkOpen();
        byte[] bytes = bytes(data);
        if (udp != null) {
            if (peer == null) {
                throw new OSError(Errno.ENOTCONN);
            }
            return sendto(bytes, peer);
        }
        try {
            int n = tcp.send(board.process(), bytes, waitNanos());
            if (n == 0 && bytes.length > 0) {
                throw timedOut();
            }
            return n;
        } catch (SocketFailure e) {
            throw toOSError(e);
        }
    }

    /** {@code sendall(data)}: sends every byte, waiting for room as often as needed. */
    public void sendall(Object data) {
        byte[] bytes = bytes(data);
        int done = 0;
        while (done < bytes.length) {
            done += send(Arrays.copyOfRange(bytes, done, bytes.length));
        }
    }

    /** {@code sendto(data, (host, port))}: returns the number of bytes; never says whether they arrived. */
    public int sendto(Object data, SocketAddress address) {
        checkOpen();
        requireDatagram();
        byte[] bytes = bytes(data);
        try {
            return udp.sendTo(bytes, parseHost(address.host()), address.port());
        } catch (SocketFailure e) {
            throw toOSError(e);
        }
    }

    /** What {@code recvfrom} returns: the bytes and the sender's address. */
    public record Received(byte[] data, SocketAddress address) {
    }

    /** {@code recvfrom(n)}: the first {@code n} bytes of the next datagram, and who sent it. */
    public Received recvfrom(int bufsize) {
        Datagram d = next();
        if (d == null) {
            return new Received(new byte[0], new SocketAddress("0.0.0.0", 0));
        }
        return new Received(d.payload(bufsize), new SocketAddress(d.source().toString(), d.sourcePort()));
    }

    /**
     * {@code recv(n)}: on a stream socket, up to {@code n} bytes ({@code b''} once the peer has closed); on a
     * datagram socket, the first {@code n} bytes of the next datagram.
     */
    public byte[] recv(int bufsize) {
        if (tcp == null) {
            return recvfrom(bufsize).data();
        }
        checkOpen();
        try {
            byte[] data = tcp.receive(board.process(), Math.max(1, bufsize), waitNanos());
            if (data == null) {
                throw timedOut();
            }
            return data;
        } catch (SocketFailure e) {
            throw toOSError(e);
        }
    }

    /** {@code settimeout(t)}: None (null) blocks, 0 never waits, otherwise seconds. */
    public void settimeout(Double seconds) {
        checkOpen();
        if (seconds != null && seconds < 0) {
            throw new PythonException("ValueError", "timeout must be >= 0");
        }
        this.timeout = seconds;
    }

    /** {@code setblocking(flag)}: the same as {@code settimeout(None)} or {@code settimeout(0)}. */
    public void setblocking(boolean blocking) {
        settimeout(blocking ? null : 0.0);
    }

    /** {@code close()}: closing twice is fine; any later use raises EBADF. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (udp != null) {
            udp.close();
        } else {
            tcp.close();
        }
        board.socketClosed();
    }

    public boolean isClosed() {
        return closed;
    }

    /** The next datagram, or null for the {@code b''} the firmware returns after a zero-length datagram. */
    private Datagram next() {
        checkOpen();
        requireDatagram();
        if (sawEmptyDatagram) {
            return null;
        }
        Datagram d;
        try {
            d = udp.receive(board.process(), waitNanos());
            if (d == null) {
                throw timedOut();
            }
        } catch (SocketFailure e) {
            throw toOSError(e);
        }
        if (d.length() == 0) {
            sawEmptyDatagram = true;
            return null;
        }
        return d;
    }

    /**
     * How long a blocking call may wait: forever (-1) without a timeout, not at all with {@code settimeout(0)},
     * else whole 100 ms slices, (floor(10 t) + 1) of them, or one slice for t under 0.1 s, as the firmware does.
     */
    private long waitNanos() {
        if (timeout == null) {
            return -1;
        }
        if (timeout == 0) {
            return 0;
        }
        long slices = timeout < 0.1 ? 1 : (long) Math.floor(timeout * 10) + 1;
        return slices * SLICE;
    }

    /** The error of a wait that ran out: EAGAIN without waiting or under 0.1 s, else ETIMEDOUT. */
    private OSError timedOut() {
        return new OSError(timeout != null && timeout < 0.1 ? Errno.EAGAIN : Errno.ETIMEDOUT);
    }

    private static byte[] bytes(Object data) {
        if (data instanceof String str) {
            return str.getBytes(StandardCharsets.UTF_8);
        }
        if (data instanceof byte[] b) {
            return b;
        }
        throw new PythonException("TypeError", "object with buffer protocol required");
    }

    private static Ipv4Address parseHost(String host) {
        try {
            return Ipv4Address.parse(host);
        } catch (IllegalArgumentException e) {
            throw new OSError("host '" + host + "' is not an IPv4 address; name lookup is not simulated");
        }
    }

    private void requireDatagram() {
        if (udp == null) {
            throw new OSError(Errno.EINVAL);
        }
    }

    private void requireStream() {
        if (tcp == null) {
            throw new OSError(Errno.EOPNOTSUPP);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new OSError(Errno.EBADF);
        }
    }

    private static OSError toOSError(SocketFailure e) {
        return switch (e.reason()) {
            case ADDRESS_IN_USE, NO_FREE_PORT -> new OSError(Errno.EADDRINUSE);
            case CLOSED -> new OSError(Errno.EBADF);
            case NO_ROUTE -> new OSError(Errno.EHOSTUNREACH);
            case CONNECTION_REFUSED, CONNECTION_RESET -> new OSError(Errno.ECONNRESET);
            case CONNECTION_ABORTED -> new OSError(Errno.ECONNABORTED);
            case TIMED_OUT -> new OSError(Errno.ETIMEDOUT);
            case NOT_CONNECTED -> new OSError(Errno.ENOTCONN);
            case ADDRESS_NOT_AVAILABLE, MESSAGE_TOO_LONG, ALREADY_CONNECTED, INVALID_STATE -> new OSError(Errno.EINVAL);
        };
    }

    int type() {
        return type;
    }
}
