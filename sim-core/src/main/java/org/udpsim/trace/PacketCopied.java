package org.udpsim.trace;

import org.udpsim.packet.Packet;

/** A packet was copied at {@code place}; the copy, with a new id, goes its own way. */
public record PacketCopied(long time, String place, CopyReason reason, Packet packet, Packet copy)
        implements PacketRecord {
    @Override
    public String type() {
        return "copy";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("at", place).field("reason", reason.label()).packet(packet).field("copy", copy.id());
    }
}
