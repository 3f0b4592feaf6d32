package org.udpsim.transport.tcp;

import org.udpsim.kernel.ScheduledEvent;
import org.udpsim.kernel.Simulation;
import org.udpsim.net.Node;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.trace.TcpCwndChanged;
import org.udpsim.trace.TcpRetransmitted;
import org.udpsim.trace.TcpStateChanged;
import org.udpsim.trace.Trace;
import org.udpsim.transport.SocketFailure;

/**
 * One TCP connection, its transmission control block: the two ends, the state of RFC 9293's diagram, both initial
 * sequence numbers, a {@link TcpSender} and a {@link TcpReceiver}. It hands arriving segments to
 * {@link SegmentArrival}, builds the segments it sends, runs the TIME_WAIT and FIN_WAIT_2 timers, and tells its
 * socket what happened once each step is complete.
 */
final class TcpConnection {
    static final int CONNECTED = 1;
    static final int DATA = 2;
    static final int WRITABLE = 4;
    static final int END_OF_STREAM = 8;
    static final int FAILED = 16;
    static final int ENDED = 32;
    private static final byte[] NONE = new byte[0];

    private final TcpLayer layer;
    private final Node node;
    private final TcpConfig config;
    private final Ipv4Address localAddress;
    private final int localPort;
    private final Ipv4Address remoteAddress;
    private final int remotePort;
    private final String localName;
    private final String remoteName;
    private final TcpSender sender;
    private final TcpReceiver receiver;
    private final SegmentArrival arrival;
    private final int iss;
    private int irs;
    private TcpState state;
    private TcpSocket owner;
    private TcpSocket listener;
    private SocketFailure failure;
    private ScheduledEvent linger;
    private boolean applicationClosed;
    private int events;
    private boolean flushing;

    private TcpConnection(TcpLayer layer, TcpState initial, Ipv4Address localAddress, int localPort,
            Ipv4Address remoteAddress, int remotePort) {
        this.layer = layer;
        this.node = layer.node();
        this.config = layer.config();
        this.localAddress = localAddress;
        this.localPort = localPort;
        this.remoteAddress = remoteAddress;
        this.remotePort = remotePort;
        this.localName = localAddress + ":" + localPort;
        this.remoteName = remoteAddress + ":" + remotePort;
        this.state = initial;
        this.iss = layer.nextIss();
        this.sender = new TcpSender(this, config);
        this.receiver = new TcpReceiver(this, config);
        this.arrival = new SegmentArrival(this);
    }

    /** An active open: a connection from {@code owner}'s port that sends its SYN at once. */
    static TcpConnection open(TcpLayer layer, TcpSocket owner, Ipv4Address local, int localPort, Ipv4Address remote,
            int remotePort) {
        TcpConnection c = new TcpConnection(layer, TcpState.CLOSED, local, localPort, remote, remotePort);
        c.owner = owner;
        layer.register(c);
        c.setState(TcpState.SYN_SENT);
        c.sender.sendSyn(false, null);
        return c;
    }

    /** A passive open: a SYN reached {@code listener}; the new connection answers with a SYN-ACK. */
    static TcpConnection accept(TcpLayer layer, TcpSocket listener, Packet syn, TcpHeader h) {
        TcpConnection c = new TcpConnection(layer, TcpState.LISTEN, syn.destination(), h.destinationPort(),
                syn.source(), h.sourcePort());
        c.listener = listener;
        layer.register(c);
        c.setIrs(h.sequence());
        c.receiver.synReceived();
        c.sender.peerMss(h.mss());
        c.sender.updateWindow(0, 0, h.window());
        c.setState(TcpState.SYN_RECEIVED);
        c.sender.sendSyn(true, null);
        return c;
    }

    Simulation simulation() {
        return node.simulation();
    }

    TcpState state() {
        return state;
    }

    Ipv4Address localAddress() {
        return localAddress;
    }

    int localPort() {
        return localPort;
    }

    Ipv4Address remoteAddress() {
        return remoteAddress;
    }

    int remotePort() {
        return remotePort;
    }

    TcpSender sender() {
        return sender;
    }

    TcpReceiver receiver() {
        return receiver;
    }

    SocketFailure failure() {
        return failure;
    }

    TcpConfig config() {
        return config;
    }

    int iss() {
        return iss;
    }

    int irs() {
        return irs;
    }

    void setIrs(int irs) {
        this.irs = irs;
    }

    String remoteName() {
        return remoteName;
    }

    boolean applicationClosed() {
        return applicationClosed;
    }

    /** Notes events for the socket, told once the current step is complete. */
    void raise(int event) {
        events |= event;
    }

    /** Answers an unacceptable acknowledgement {@code ackWire} with a reset (RFC 9293 section 3.10.7.3/4). */
    void resetFor(int ackWire) {
        layer.sendReset(localAddress, localPort, remoteAddress, remotePort, ackWire, 0, false);
    }

    void setOwner(TcpSocket socket) {
        this.owner = socket;
        this.listener = null;
    }

    // ---- segments in ------------------------------------------------------------------------------------------

    /** A segment of this connection arrived (its checksum already verified). */
    void segmentArrived(TcpHeader h, byte[] payload) {
        arrival.arrive(h, payload);
        afterEvent();
    }

    // ---- timers -----------------------------------------------------------------------------------------------

    void retransmissionTimeout() {
        sender.onTimeout();
        afterEvent();
    }

    void persistTimeout() {
        sender.probe();
        afterEvent();
    }

    void delayedAckDue() {
        receiver.delayedAckExpired();
        afterEvent();
    }

    /** The retries ran out: the connection fails (or, half-open, silently disappears). */
    void giveUp(int retransmissions) {
        switch (state) {
            case SYN_SENT -> fail(SocketFailure.Reason.CONNECTION_ABORTED, "no answer from " + remoteName + " after "
                    + retransmissions + " SYN retransmissions");
            case SYN_RECEIVED -> terminate();
            default -> fail(SocketFailure.Reason.TIMED_OUT, remoteName + " acknowledged nothing through "
                    + retransmissions + " retransmissions");
        }
    }

    void startLinger(long nanos) {
        if (linger != null) {
            simulation().cancel(linger);
        }
        linger = simulation().schedule(nanos, this::lingerEnded);
    }

    private void lingerEnded() {
        linger = null;
        terminate();
        afterEvent();
    }

    void enterTimeWait() {
        setState(TcpState.TIME_WAIT);
        sender.stop();
        startLinger(config.timeWaitNanos());
    }

    // ---- the application's calls ------------------------------------------------------------------------------

    int write(byte[] data, int off, int len) {
        int n = sender.write(data, off, len);
        afterEvent();
        return n;
    }

    byte[] read(int max) {
        byte[] out = receiver.read(max);
        afterEvent();
        return out;
    }

    /**
     * The application closed: a FIN follows the data already written, and the connection lingers through
     * FIN_WAIT or LAST_ACK (and TIME_WAIT) on its own. Unread received data makes it a reset instead, as Linux and
     * lwIP do (RFC 2525 section 2.17).
     */
    void close() {
        applicationClosed = true;
        switch (state) {
            case SYN_SENT -> terminate();
            case SYN_RECEIVED -> abort();
            case ESTABLISHED, CLOSE_WAIT -> {
                if (receiver.available() > 0) {
                    abort();
                    return;
                }
                setState(state == TcpState.ESTABLISHED ? TcpState.FIN_WAIT_1 : TcpState.LAST_ACK);
                sender.queueFin();
            }
            default -> {
            }
        }
        afterEvent();
    }

    /** The application aborted: a RST to the peer if it knows us, and the connection ends at once. */
    void abort() {
        applicationClosed = true;
        if (state.isSynchronized() || state == TcpState.SYN_RECEIVED) {
            emit(TcpHeader.RST, sender.sndNxt(), NONE, -1);
        }
        terminate();
        afterEvent();
    }

    // ---- segments out -----------------------------------------------------------------------------------------

    /** Builds, traces and sends one segment; every segment but the first SYN carries the acknowledgement. */
    Packet emit(int flags, long seqPosition, byte[] data, int mssOption) {
        int seq = iss + (int) seqPosition;
        boolean ack = (flags & TcpHeader.ACK) != 0;
        int window = receiver.window();
        byte[] segment = TcpHeader.encode(localAddress, localPort, remoteAddress, remotePort, seq,
                ack ? irs + (int) receiver.rcvNxt() : 0, flags, window, mssOption, data, 0, data.length);
        Packet p = Packet.ipv4(node.network().packetIds().next(), simulation().now(), Packet.PROTOCOL_TCP,
                localAddress, remoteAddress, segment, Packet.DEFAULT_TTL, node.nextIdentification());
        if (ack) {
            receiver.ackSent(window);
        }
        node.send(p);
        return p;
    }

    private void sendAck() {
        emit(TcpHeader.ACK, sender.sndNxt(), NONE, -1);
    }

    // ---- bookkeeping ------------------------------------------------------------------------------------------

    void writable() {
        events |= WRITABLE;
    }

    void traceRetransmission(Packet p, TcpRetransmitted.Reason reason) {
        Trace trace = node.network().trace();
        if (trace.isOn()) {
            trace.emit(new TcpRetransmitted(simulation().now(), node.name(), p, reason));
        }
    }

    void cwndChanged() {
        Trace trace = node.network().trace();
        CongestionControl cc = sender.congestion();
        if (trace.isOn() && cc != null) {
            trace.emit(new TcpCwndChanged(simulation().now(), node.name(), localName, remoteName, cc.cwnd(),
                    cc.ssthresh()));
        }
    }

    void setState(TcpState to) {
        TcpState from = state;
        state = to;
        Trace trace = node.network().trace();
        if (trace.isOn() && from != to) {
            trace.emit(new TcpStateChanged(simulation().now(), node.name(), localName, remoteName, from.name(),
                    to.name()));
        }
    }

    void fail(SocketFailure.Reason reason, String message) {
        failure = new SocketFailure(reason, message);
        receiver.discard();
        events |= FAILED;
        terminate();
    }

    /** The connection ends: CLOSED, every timer stopped, its ports free for the layer. */
    void terminate() {
        if (state == TcpState.CLOSED && linger == null && !layer.isRegistered(this)) {
            return;
        }
        setState(TcpState.CLOSED);
        sender.stop();
        receiver.stop();
        if (linger != null) {
            simulation().cancel(linger);
            linger = null;
        }
        layer.unregister(this);
        events |= ENDED;
    }

    /**
     * After every step: hand a data handler its bytes (so the acknowledgement advertises the room they leave), send
     * what the windows allow, acknowledge if owed, then tell the socket. Events raised by the socket's callbacks are
     * told in turn, never from inside a step.
     */
    private void afterEvent() {
        if (flushing) {
            return;
        }
        flushing = true;
        try {
            while (true) {
                byte[] handed = owner != null && owner.takesDataAtOnce() && receiver.available() > 0
                        ? receiver.readAllQuietly() : null;
                if (state != TcpState.CLOSED) {
                    sender.output();
                    if (receiver.wantsAckNow() && state != TcpState.SYN_SENT) {
                        sendAck();
                    }
                }
                int ev = events;
                events = 0;
                if (ev == 0 && handed == null) {
                    return;
                }
                if (owner == null && listener != null) {
                    listener.childEvents(this, ev);
                }
                if (owner != null) {
                    owner.connectionEvents(ev, handed);
                }
            }
        } finally {
            flushing = false;
        }
    }

    /** What {@code TCP_INFO} would tell about this connection now. */
    TcpInfo info() {
        CongestionControl cc = sender.congestion();
        RetransmissionTimer t = sender.timer();
        return new TcpInfo(state, t.srtt(), t.rttvar(), t.rto(), cc == null ? 0 : cc.cwnd(),
                cc == null ? config.initialSsthresh() : cc.ssthresh(), sender.sndWnd(), receiver.window(),
                sender.smss(), sender.retransmissions(), sender.flightSize(), sender.buffered(), receiver.available());
    }

    @Override
    public String toString() {
        return "tcp " + localName + " > " + remoteName + " " + state;
    }
}
