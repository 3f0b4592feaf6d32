package org.udpsim.board;

import java.nio.charset.StandardCharsets;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.transport.SocketFailure;
import org.udpsim.transport.udp.Datagram;
import org.udpsim.transport.udp.UdpSocket;

/**
 * The board's {@code socket.socket} with the firmware's semantics (BOARD-FACTS.md, "MicroPython socket semantics"):
 * errno values, the 100 ms slices of a receive with a timeout, the 6-datagram queue, truncation, and the quirk that
 * after a zero-length datagram every receive returns {@code b''} at once.
 *
 * <p>Only datagram sockets carry traffic in this version; a stream socket can be made but not connected.
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
    }

    /** {@code setsockopt(level, option, value)}: SO_REUSEADDR works; others print the firmware's warning. */
    public void setsockopt(int level, int option, int value) {
        checkOpen();
        if (level == SOL_SOCKET && option == SO_REUSEADDR) {
            if (udp != null) {
                udp.setReuseAddress(value != 0);
            }
            return;
        }
        board.console().print("Warning: lwip.setsockopt() option not implemented");
    }

    /** {@code bind((host, port))}; host {@code ''} means 0.0.0.0. */
    public void bind(SocketAddress address) {
        checkOpen();
        requireDatagram();
        try {
            udp.bind(address.host().isEmpty() ? Ipv4Address.ANY : parseHost(address.host()), address.port());
        } catch (SocketFailure e) {
            throw toOSError(e);
        }
    }

    /** {@code sendto(data, (host, port))}: returns the number of bytes; never says whether they arrived. */
    public int sendto(Object data, SocketAddress address) {
        checkOpen();
        requireDatagram();
        byte[] bytes = data instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) data;
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

    /** {@code recv(n)}: the first {@code n} bytes of the next datagram. */
    public byte[] recv(int bufsize) {
        return recvfrom(bufsize).data();
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
            if (timeout == null) {
                d = udp.receive(board.process(), -1);
            } else if (timeout == 0) {
                d = udp.poll();
                if (d == null) {
                    throw new OSError(Errno.EAGAIN);
                }
            } else {
                long slices = timeout < 0.1 ? 1 : (long) Math.floor(timeout * 10) + 1;
                d = udp.receive(board.process(), slices * SLICE);
                if (d == null) {
                    throw new OSError(timeout < 0.1 ? Errno.EAGAIN : Errno.ETIMEDOUT);
                }
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

    private static Ipv4Address parseHost(String host) {
        try {
            return Ipv4Address.parse(host);
        } catch (IllegalArgumentException e) {
            throw new OSError("host '" + host + "' is not an IPv4 address; name lookup is not simulated");
        }
    }

    private void requireDatagram() {
        if (udp == null) {
            throw new PythonException("NotImplementedError",
                    "stream (TCP) sockets are not simulated in this version; use socket.SOCK_DGRAM");
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new OSError(Errno.EBADF);
        }
    }

    private static OSError toOSError(SocketFailure e) {
        return switch (e.reason()) {
            case ADDRESS_IN_USE -> new OSError(Errno.EADDRINUSE);
            case CLOSED -> new OSError(Errno.EBADF);
            case NO_ROUTE -> new OSError(Errno.EHOSTUNREACH);
            case ADDRESS_NOT_AVAILABLE, MESSAGE_TOO_LONG -> new OSError(Errno.EINVAL);
            case NO_FREE_PORT -> new OSError(Errno.EADDRINUSE);
            case CONNECTION_REFUSED, CONNECTION_RESET -> new OSError(Errno.ECONNRESET);
            case CONNECTION_ABORTED -> new OSError(Errno.ECONNABORTED);
            case TIMED_OUT -> new OSError(Errno.ETIMEDOUT);
            case NOT_CONNECTED -> new OSError(Errno.ENOTCONN);
            case ALREADY_CONNECTED, INVALID_STATE -> new OSError(Errno.EINVAL);
        };
    }

    int type() {
        return type;
    }
}
