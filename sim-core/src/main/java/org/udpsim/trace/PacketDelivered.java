package org.udpsim.trace;

import org.udpsim.packet.Packet;

/** A packet reached its destination's transport layer at node {@code place} (a socket took it): the end of its way. */
public record PacketDelivered(long time, String place, Packet packet) implements PacketRecord {
    @Override
    public String type() {
        return "deliver";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("at", place).packet(packet).time("delay", time - packet.sentAt());
    }
}
