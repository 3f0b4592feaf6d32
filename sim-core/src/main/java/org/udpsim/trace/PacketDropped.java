package org.udpsim.trace;

import org.udpsim.packet.Packet;

/** A packet was dropped at {@code place} for {@code reason}: the end of its way. */
public record PacketDropped(long time, String place, DropReason reason, Packet packet) implements PacketRecord {
    @Override
    public String type() {
        return "drop";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("at", place).field("reason", reason.label()).packet(packet);
    }
}
