package org.udpsim.trace;

import org.udpsim.packet.Packet;

/** One bit of a packet was flipped at {@code place}; {@code packet} is the corrupted packet. */
public record PacketCorrupted(long time, String place, Packet packet, int bit) implements PacketRecord {
    @Override
    public String type() {
        return "corrupt";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("at", place).packet(packet).field("bit", bit);
    }
}
