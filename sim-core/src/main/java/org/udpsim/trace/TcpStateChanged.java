package org.udpsim.trace;

/**
 * A TCP connection (or listening socket) at node {@code node} moved from state {@code from} to state {@code to}
 * of the RFC 9293 state diagram, e.g. {@code SYN_SENT} to {@code ESTABLISHED}.
 *
 * @param local the connection's local end, {@code address:port}
 * @param remote its remote end, {@code address:port} ({@code 0.0.0.0:0} for a listening socket)
 */
public record TcpStateChanged(long time, String node, String local, String remote, String from, String to)
        implements TraceRecord {
    @Override
    public String type() {
        return "tcp_state";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("at", node).field("local", local).field("remote", remote).field("from", from).field("to", to);
    }
}
