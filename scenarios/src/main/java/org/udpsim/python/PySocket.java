package org.udpsim.python;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.udpsim.board.BoardSocket;
import org.udpsim.board.SocketAddress;

/**
 * One of the board's sockets as the board runtime sees it: the methods of {@link BoardSocket}, with addresses as
 * (host, port) arguments and results as arrays the runtime turns into Python tuples and {@code bytes}.
 */
public final class PySocket {
    private final Session session;
    private final BoardSocket socket;

    PySocket(Session session, BoardSocket socket) {
        this.session = session;
        this.socket = socket;
    }

    @HostAccess.Export
    public void setsockopt(int level, int option, int value) {
        session.run(() -> socket.setsockopt(level, option, value));
    }

    @HostAccess.Export
    public void bind(String host, int port) {
        session.run(() -> socket.bind(new SocketAddress(host, port)));
    }

    @HostAccess.Export
    public void listen(int backlog) {
        session.run(() -> socket.listen(backlog));
    }

    /** {@code accept()}: (socket, host, port). */
    @HostAccess.Export
    public Object[] accept() {
        return session.call(() -> {
            BoardSocket.Accepted a = socket.accept();
            return new Object[] {new PySocket(session, a.socket()), a.address().host(), a.address().port()};
        });
    }

    @HostAccess.Export
    public void connect(String host, int port) {
        session.run(() -> socket.connect(new SocketAddress(host, port)));
    }

    @HostAccess.Export
    public int send(Value data) {
        return session.call(() -> socket.send(Session.data(data)));
    }

    @HostAccess.Export
    public void sendall(Value data) {
        session.run(() -> socket.sendall(Session.data(data)));
    }

    @HostAccess.Export
    public int sendto(Value data, String host, int port) {
        return session.call(() -> socket.sendto(Session.data(data), new SocketAddress(host, port)));
    }

    /** {@code recv(n)}, as Latin-1. */
    @HostAccess.Export
    public String recv(int bufsize) {
        return session.call(() -> Session.latin1(socket.recv(bufsize)));
    }

    /** {@code recvfrom(n)}: (data as Latin-1, host, port). */
    @HostAccess.Export
    public Object[] recvfrom(int bufsize) {
        return session.call(() -> {
            BoardSocket.Received r = socket.recvfrom(bufsize);
            return new Object[] {Session.latin1(r.data()), r.address().host(), r.address().port()};
        });
    }

    @HostAccess.Export
    public void settimeout(Double seconds) {
        session.run(() -> socket.settimeout(seconds));
    }

    @HostAccess.Export
    public void setblocking(boolean blocking) {
        session.run(() -> socket.setblocking(blocking));
    }

    @HostAccess.Export
    public void close() {
        session.run(socket::close);
    }
}
