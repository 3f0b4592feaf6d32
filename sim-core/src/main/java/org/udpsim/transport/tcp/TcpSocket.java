package org.udpsim.transport.tcp;

import java.util.function.Consumer;
import org.udpsim.kernel.SimProcess;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.transport.PortTable;
import org.udpsim.transport.SocketFailure;

/**
 * A TCP socket: an endpoint that either listens for connections on a port, or is one end of a connection, a
 * reliable ordered byte stream to one peer.
 *
 * <p>A process uses the blocking calls, which wait in simulated time: {@link #connect}, {@link #accept},
 * {@link #send} (which takes what fits in the send buffer and returns that count), and {@link #receive} (which
 * returns an empty array once the peer has closed). An event-driven application uses {@link #connectAsync},
 * {@link #sendAsync} and the callbacks ({@link #onConnected}, {@link #onData}, {@link #onClosed},
 * {@link #onError}, {@link #onWritable}, {@link #onAccept}) instead, and needs no process.
 *
 * <p>{@link #close()} returns at once; the connection then sends its remaining data and FIN and lingers through
 * FIN_WAIT and TIME_WAIT on its own.
 */
public final class TcpSocket implements PortTable.Holder {
    private static final byte[] EMPTY = new byte[0];

    private final TcpLayer layer;
    private final SocketEvents events = new SocketEvents();
    private Ipv4Address localAddress = Ipv4Address.ANY;
    private int localPort;
    private boolean holdsPort;
    private boolean reuseAddress;
    private boolean closed;
    private TcpConnection conn;
    private boolean everConnected;
    private Listener listener;

    TcpSocket(TcpLayer layer) {
        this.layer = layer;
    }

    /** A socket for a connection a listener accepted: it shares the listener's port. */
    TcpSocket(TcpLayer layer, TcpConnection accepted) {
        this.layer = layer;
        this.conn = accepted;
        this.localAddress = accepted.localAddress();
        this.localPort = accepted.localPort();
        this.everConnected = true;
    }

    /** The state of the connection, LISTEN for a listening socket, CLOSED before and after. */
    public TcpState state() {
        if (listener != null) {
            return TcpState.LISTEN;
        }
        return conn == null ? TcpState.CLOSED : conn.state();
    }

    @Override
    public Ipv4Address localAddress() {
        return localAddress;
    }

    /** The local port, 0 while unbound. */
    public int localPort() {
        return localPort;
    }

    /** The peer's address, {@link Ipv4Address#ANY} if there is no connection. */
    public Ipv4Address remoteAddress() {
        return conn == null ? Ipv4Address.ANY : conn.remoteAddress();
    }

    /** The peer's port, 0 if there is no connection. */
    public int remotePort() {
        return conn == null ? 0 : conn.remotePort();
    }

    public boolean isListening() {
        return listener != null;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean reuseAddress() {
        return reuseAddress;
    }

    /** SO_REUSEADDR: lets two sockets that both set it bind the same address and port. */
    public void setReuseAddress(boolean on) {
        this.reuseAddress = on;
    }

    /** Bytes received in order and not yet read. */
    public int available() {
        return conn == null ? 0 : conn.receiver().available();
    }

    /** Bytes {@link #sendAsync} would take now. */
    public int sendBufferFree() {
        return conn == null ? 0 : conn.sender().free();
    }

    /** A snapshot of the connection's inner state, or null if there is none. */
    public TcpInfo info() {
        return conn == null ? null : conn.info();
    }

    /** Binds to one of the node's addresses (or {@link Ipv4Address#ANY}) and a port (0 for any free one). */
    public void bind(Ipv4Address address, int port) throws SocketFailure {
        checkOpen();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port must be 0-65535, was " + port);
        }
        if (holdsPort || conn != null) {
            throw new SocketFailure(SocketFailure.Reason.INVALID_STATE, "the socket is already bound to port " + localPort);
        }
        layer.bind(this, address, port);
    }

    /** Listens for connections; at most {@code backlog} (at least 1) wait to be accepted. Binds to a free port first. */
    public void listen(int backlog) throws SocketFailure {
        checkOpen();
        if (conn != null) {
            throw new SocketFailure(SocketFailure.Reason.ALREADY_CONNECTED, "a connected socket cannot listen");
        }
        if (listener == null) {
            if (!holdsPort) {
                layer.bind(this, Ipv4Address.ANY, 0);
            }
            listener = new Listener(layer, this, backlog);
            layer.traceListener(this, TcpState.CLOSED, TcpState.LISTEN);
        }
    }

    /**
     * Takes the oldest established connection, waiting in simulated time for one.
     *
     * @param timeoutNanos how long to wait at most; negative waits forever
     * @return the connection's socket, or null if the time ran out
     */
    public TcpSocket accept(SimProcess self, long timeoutNanos) throws SocketFailure {
        long deadline = SocketEvents.deadline(self, timeoutNanos);
        while (true) {
            checkOpen();
            if (listener == null) {
                throw new SocketFailure(SocketFailure.Reason.INVALID_STATE, "accept needs a listening socket");
            }
            TcpSocket s = listener.poll();
            if (s != null) {
                return s;
            }
            if (!events.waitUntil(self, deadline)) {
                return null;
            }
        }
    }

    /** Hands every established connection to {@code h} instead of queueing it for {@link #accept}. */
    public void onAccept(Consumer<TcpSocket> h) throws SocketFailure {
        if (listener == null) {
            throw new SocketFailure(SocketFailure.Reason.INVALID_STATE, "onAccept needs a listening socket");
        }
        listener.onAccept(h);
    }

    /**
     * Connects to {@code address:port}, waiting in simulated time for the handshake.
     *
     * @param timeoutNanos how long to wait at most; negative waits as long as the SYN retries last
     * @throws SocketFailure CONNECTION_REFUSED (a reset answered), CONNECTION_ABORTED (no answer through every SYN
     *     retransmission), TIMED_OUT (the timeout passed first), NO_ROUTE, ALREADY_CONNECTED, ...
     */
    public void connect(SimProcess self, Ipv4Address address, int port, long timeoutNanos) throws SocketFailure {
        long deadline = SocketEvents.deadline(self, timeoutNanos);
        connectAsync(address, port);
        while (!everConnected) {
            throwIfFailed();
            if (!events.waitUntil(self, deadline)) {
                conn.abort();
                throw new SocketFailure(SocketFailure.Reason.TIMED_OUT, "connecting to " + address + ":" + port
                        + " took longer than " + timeoutNanos + " ns");
            }
        }
    }

    /**
     * Starts connecting and returns at once; {@link #onConnected} or {@link #onError} tells the outcome.
     *
     * @throws SocketFailure at once if there is no route or the socket cannot connect
     */
    public void connectAsync(Ipv4Address address, int port) throws SocketFailure {
        checkOpen();
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a port to connect to must be 1-65535, was " + port);
        }
        if (listener != null) {
            throw new SocketFailure(SocketFailure.Reason.INVALID_STATE, "a listening socket cannot connect");
        }
        if (conn != null) {
            throw new SocketFailure(SocketFailure.Reason.ALREADY_CONNECTED, "the socket is already connected to "
                    + conn.remoteAddress() + ":" + conn.remotePort());
        }
        conn = layer.connect(this, address, port);
    }

    /**
     * Hands bytes to the connection: as many as fit in the send buffer, waiting in simulated time until at least
     * one fits. Returns that count, possibly fewer than given (0 if the time ran out first).
     */
    public int send(SimProcess self, byte[] data, long timeoutNanos) throws SocketFailure {
        long deadline = SocketEvents.deadline(self, timeoutNanos);
        while (true) {
            checkSendable(false);
            if (data.length == 0) {
                return 0;
            }
            int n = conn.write(data, 0, data.length);
            if (n > 0) {
                return n;
            }
            if (!events.waitUntil(self, deadline)) {
                return 0;
            }
        }
    }

    /** Sends every byte, waiting for room as often as needed; returns the count sent before any timeout. */
    public int sendAll(SimProcess self, byte[] data, long timeoutNanos) throws SocketFailure {
        long deadline = SocketEvents.deadline(self, timeoutNanos);
        int done = 0;
        while (done < data.length) {
            checkSendable(false);
            int n = conn.write(data, done, data.length - done);
            done += n;
            if (n == 0 && !events.waitUntil(self, deadline)) {
                break;
            }
        }
        return done;
    }

    /** Queues as many bytes as fit in the send buffer and returns that count; also while still connecting. */
    public int sendAsync(byte[] data) throws SocketFailure {
        checkSendable(true);
        return conn.write(data, 0, data.length);
    }

    /**
     * Takes up to {@code max} received bytes, waiting in simulated time for some to arrive.
     *
     * @return the bytes; an empty array once the peer has closed and everything is read (and at once on every later
     *     call); null if the time ran out
     * @throws SocketFailure CONNECTION_RESET if the peer reset the connection, NOT_CONNECTED, CLOSED, ...
     */
    public byte[] receive(SimProcess self, int max, long timeoutNanos) throws SocketFailure {
        if (max < 1) {
            throw new IllegalArgumentException("receive needs room for at least 1 byte, was " + max);
        }
        long deadline = SocketEvents.deadline(self, timeoutNanos);
        while (true) {
            checkOpen();
            if (conn == null || listener != null) {
                throw new SocketFailure(SocketFailure.Reason.NOT_CONNECTED, "receive needs a connected socket");
            }
            if (conn.receiver().available() > 0) {
                return conn.read(max);
            }
            if (conn.receiver().finReceived()) {
                return EMPTY;
            }
            throwIfFailed();
            if (!events.waitUntil(self, deadline)) {
                return null;
            }
        }
    }

    /** Closes the socket: a connection sends its FIN after the data already sent, and lingers on its own. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (listener != null) {
            Listener l = listener;
            listener = null;
            l.close();
            layer.traceListener(this, TcpState.LISTEN, TcpState.CLOSED);
        } else if (conn != null) {
            conn.close();
        }
        releasePort();
        events.wake();
    }

    /** Resets the connection (RST) and closes the socket at once. */
    public void abort() {
        if (conn == null || closed) {
            close();
            return;
        }
        closed = true;
        conn.abort();
        releasePort();
        events.wake();
    }

    /** Runs {@code r} once the handshake completes. */
    public void onConnected(Runnable r) {
        events.onConnected = r;
    }

    /** Hands every received byte to {@code h} as it arrives in order, instead of keeping it for {@link #receive}. */
    public void onData(Consumer<byte[]> h) {
        events.onData = h;
        if (h != null && conn != null && conn.receiver().available() > 0) {
            h.accept(conn.read(conn.receiver().available()));
        }
    }

    /** Runs {@code r} when the peer has closed its direction: no more data will come. */
    public void onClosed(Runnable r) {
        events.onClosed = r;
    }

    /** Hands {@code h} the failure that ends the connection (reset, refused, aborted, timed out). */
    public void onError(Consumer<SocketFailure> h) {
        events.onError = h;
    }

    /** Runs {@code r} whenever acknowledged data frees room in the send buffer. */
    public void onWritable(Runnable r) {
        events.onWritable = r;
    }

    @Override
    public String toString() {
        return "tcp socket " + localAddress + ":" + localPort + " " + state();
    }

    // ---- called by the layer, the listener and the connection -------------------------------------------------

    void bound(Ipv4Address address, int port) {
        this.localAddress = address;
        this.localPort = port;
        this.holdsPort = true;
    }

    void listenInput(Packet p, TcpHeader h) {
        listener.input(p, h);
    }

    void childEvents(TcpConnection c, int events) {
        if (listener != null) {
            listener.childEvents(c, events);
        }
    }

    void changed() {
        events.wake();
    }

    boolean holdsPort() {
        return holdsPort;
    }

    boolean takesDataAtOnce() {
        return events.onData != null && !closed;
    }

    void connectionEvents(int happened, byte[] handed) {
        if (!closed) {
            if ((happened & TcpConnection.CONNECTED) != 0) {
                everConnected = true;
            }
            events.dispatch(happened, handed, conn.failure());
        } else {
            events.wake();
        }
        if ((happened & TcpConnection.ENDED) != 0) {
            releasePort();
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void releasePort() {
        if (holdsPort && closed && (conn == null || conn.state() == TcpState.CLOSED)) {
            holdsPort = false;
            layer.unbind(this);
        }
    }

    private void checkOpen() throws SocketFailure {
        if (closed) {
            throw new SocketFailure(SocketFailure.Reason.CLOSED, "the socket is closed");
        }
    }

    private void checkSendable(boolean whileConnecting) throws SocketFailure {
        checkOpen();
        if (conn == null || listener != null) {
            throw new SocketFailure(SocketFailure.Reason.NOT_CONNECTED, "send needs a connected socket");
        }
        throwIfFailed();
        TcpState s = conn.state();
        boolean connecting = s == TcpState.SYN_SENT || s == TcpState.SYN_RECEIVED;
        if (!s.sendsData() && !(whileConnecting && connecting)) {
            throw new SocketFailure(SocketFailure.Reason.NOT_CONNECTED, "the connection is " + s + ": it sends no more");
        }
    }

    private void throwIfFailed() throws SocketFailure {
        SocketFailure f = conn == null ? null : conn.failure();
        if (f != null) {
            throw new SocketFailure(f.reason(), f.getMessage());
        }
    }
}
