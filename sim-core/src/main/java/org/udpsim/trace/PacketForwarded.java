package org.udpsim.trace;

import org.udpsim.packet.Packet;

/** A router or access point passed a packet on towards its next hop. */
public record PacketForwarded(long time, String place, Packet packet) implements PacketRecord {
    @Override
    public String type() {
        return "forward";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("at", place).packet(packet);
    }
}
