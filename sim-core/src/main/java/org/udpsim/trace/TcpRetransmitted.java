package org.udpsim.trace;

import org.udpsim.packet.Packet;

/**
 * TCP at node {@code place} sent {@code packet} again, carrying sequence numbers it had sent before: because its
 * retransmission timer expired, or as a fast retransmit after three duplicate acknowledgements.
 */
public record TcpRetransmitted(long time, String place, Packet packet, Reason reason) implements PacketRecord {
    /** What made TCP retransmit. */
    public enum Reason {
        /** The retransmission timer expired (RFC 6298 section 5). */
        TIMEOUT("timeout"),
        /** Three duplicate acknowledgements arrived (RFC 5681 section 3.2). */
        FAST("fast");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** The stable name used in traces: {@code timeout} or {@code fast}. */
        public String label() {
            return label;
        }
    }

    @Override
    public String type() {
        return "tcp_retransmit";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("at", place).field("reason", reason.label()).packet(packet);
    }
}
