package org.udpsim.trace;

import org.udpsim.packet.Packet;

/** A transport layer handed a new packet to IP at node {@code place}: the start of its way. */
public record PacketSent(long time, String place, Packet packet) implements PacketRecord {
    @Override
    public String type() {
        return "sent";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("at", place).packet(packet);
    }
}
