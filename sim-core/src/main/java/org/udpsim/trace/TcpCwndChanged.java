package org.udpsim.trace;

/**
 * The congestion window of a TCP connection at node {@code node} changed: {@code cwnd} bytes may now be in flight,
 * and slow start ends at {@code ssthresh} bytes (RFC 5681).
 *
 * @param local the connection's local end, {@code address:port}
 * @param remote its remote end, {@code address:port}
 */
public record TcpCwndChanged(long time, String node, String local, String remote, long cwnd, long ssthresh)
        implements TraceRecord {
    @Override
    public String type() {
        return "tcp_cwnd";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("at", node).field("local", local).field("remote", remote).field("cwnd", cwnd)
                .field("ssthresh", ssthresh);
    }
}
