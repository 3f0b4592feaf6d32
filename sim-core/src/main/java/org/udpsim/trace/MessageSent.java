package org.udpsim.trace;

/**
 * An application handed message number {@code seq} of its stream to its transport ({@code udp} or {@code tcp}), for
 * {@code to} ({@code address:port}): the start of that message's way, whatever packets carry it.
 */
public record MessageSent(long time, String node, String protocol, String to, long seq, int size)
        implements TraceRecord {
    @Override
    public String type() {
        return "msg_sent";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("at", node).field("proto", protocol).field("to", to).field("seq", seq).field("size", size);
    }
}
