package org.udpsim.trace;

/**
 * An application took message number {@code seq} of a stream from its transport; {@code sentAt} is when the sender
 * sent it, so {@code time - sentAt} is the message's delay as the application sees it.
 */
public record MessageReceived(long time, String node, String protocol, long seq, long sentAt) implements TraceRecord {
    @Override
    public String type() {
        return "msg_received";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("at", node).field("proto", protocol).field("seq", seq).time("delay", time - sentAt);
    }
}
