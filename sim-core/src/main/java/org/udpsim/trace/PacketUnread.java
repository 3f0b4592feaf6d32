package org.udpsim.trace;

import org.udpsim.packet.Packet;

/**
 * A datagram a socket at node {@code place} had taken ({@link PacketDelivered}) but its program never read: still in
 * the socket's queue when the run ended, or thrown away with the queue when the program closed the socket.
 *
 * @param atClose true if the socket was closed with it queued, false if it was queued at the end of the run
 */
public record PacketUnread(long time, String place, Packet packet, boolean atClose) implements PacketRecord {
    @Override
    public String type() {
        return "unread";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("at", place).packet(packet).field("why", atClose ? "socket_closed" : "run_ended");
    }
}
