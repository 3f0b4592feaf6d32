package org.udpsim.trace;

import org.udpsim.packet.Packet;

/**
 * A frame crossed a radio hop at {@code place} after {@code attempts} transmissions; {@code delivered} is false
 * when every attempt was lost.
 */
public record RadioAttempts(long time, String place, Packet packet, int attempts, boolean delivered)
        implements PacketRecord {
    @Override
    public String type() {
        return "radio";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("at", place).packet(packet).field("attempts", attempts).field("ok", delivered);
    }
}
