package org.udpsim.trace;

import org.udpsim.packet.Packet;

/** A packet entered a transmit queue at {@code place}, which then held {@code queueLength} packets. */
public record PacketEnqueued(long time, String place, Packet packet, int queueLength) implements PacketRecord {
    @Override
    public String type() {
        return "enqueue";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("at", place).packet(packet).field("qlen", queueLength);
    }
}
