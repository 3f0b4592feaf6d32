package org.udpsim.trace;

import org.udpsim.packet.Packet;

/** netem's {@code reorder} sent this packet at once, ahead of packets still held by the delay. */
public record PacketReordered(long time, String place, Packet packet) implements PacketRecord {
    @Override
    public String type() {
        return "reorder";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("at", place).packet(packet);
    }
}
