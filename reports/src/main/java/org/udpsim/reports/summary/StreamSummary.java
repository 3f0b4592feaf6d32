package org.udpsim.reports.summary;

/**
 * A message stream over one protocol, as its application saw it: how many messages went, how many came (once,
 * in order), how late, how soon the first; and the packets the transport put on the wire for it.
 *
 * @param delivered distinct messages received
 * @param inOrderShare the share of received messages that came after every message sent before them
 * @param firstDeliveryMs from the first message sent to the first received (TCP's handshake included)
 * @param delayMs the messages' delays, sent to received; null if none arrived
 */
public record StreamSummary(String protocol, String sender, String destination, long sent, long delivered, long duplicated, long reordered,
        double deliveredShare, double inOrderShare, double firstDeliveryMs, FlowSummary.DelaySummary delayMs,
        Segments segments) {

    /** The packets a transport sent, by what they were for. */
    public record Segments(long data, long handshake, long acks, long retransmissions, long teardown) {
        public long total() {
            return data + handshake + acks + retransmissions + teardown;
        }
    }
}
