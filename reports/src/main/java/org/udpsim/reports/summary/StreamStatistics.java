package org.udpsim.reports.summary;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Packet;
import org.udpsim.trace.MessageReceived;
import org.udpsim.trace.MessageSent;
import org.udpsim.trace.PacketSent;
import org.udpsim.trace.TcpRetransmitted;
import org.udpsim.trace.TraceListener;
import org.udpsim.trace.TraceRecord;
import org.udpsim.transport.tcp.TcpHeader;

/**
 * Per protocol, the message streams of a run (from {@link MessageSent} and {@link MessageReceived}) and the packets
 * their transport sent, split into data, handshake, ACKs, retransmissions and teardown:
 * <ul>
 *   <li>a segment with SYN is handshake, and so is the pure ACK that completes a client's handshake;</li>
 *   <li>a segment with FIN or RST is teardown, and so is every pure ACK once a FIN has gone either way;</li>
 *   <li>a segment TCP retransmits ({@link TcpRetransmitted}) counts as a retransmission, not as data;</li>
 *   <li>other segments with payload are data, other pure ACKs are ACKs; every UDP datagram is data.</li>
 * </ul>
 */
public final class StreamStatistics implements TraceListener {
    private final Map<String, Stream> streams = new LinkedHashMap<>();

    @Override
    public void onRecord(TraceRecord r) {
        if (r instanceof MessageSent s) {
            stream(s.protocol()).sent(s);
        } else if (r instanceof MessageReceived m) {
            stream(m.protocol()).received(m);
        } else if (r instanceof PacketSent s) {
            Packet p = s.packet();
            if (p.protocol() == Packet.PROTOCOL_UDP) {
                stream("udp").data++;
            } else if (p.protocol() == Packet.PROTOCOL_TCP) {
                stream("tcp").segment(p);
            }
        } else if (r instanceof TcpRetransmitted t) {
            stream("tcp").retransmitted(t.packet());
        }
    }

    /** The stream of a protocol that carried messages, or null. */
    public StreamSummary summary(String protocol) {
        Stream s = streams.get(protocol);
        return s == null || s.sent == 0 ? null : s.summary(protocol);
    }

    private Stream stream(String protocol) {
        return streams.computeIfAbsent(protocol, p -> new Stream());
    }

    /** One protocol's messages and packets. */
    private static final class Stream {
        String sender = "";
        String destination = "";
        long sent;
        long firstSent = -1;
        long firstReceived = -1;
        final BitSet seen = new BitSet();
        long duplicated;
        long reordered;
        long highest = -1;
        final DescriptiveStatistics delays = new DescriptiveStatistics();
        long data;
        long handshake;
        long acks;
        long retransmissions;
        long teardown;
        /** How each packet was counted, to move it when TCP says it was a retransmission. */
        final Map<Long, Character> counted = new HashMap<>();
        /** Sides (src>dst) that sent a bare SYN and have not sent since: their next pure ACK ends the handshake. */
        final Set<String> awaitingHandshakeAck = new HashSet<>();
        /** Connections (either direction) in which a FIN has gone. */
        final Set<String> closing = new HashSet<>();

        void sent(MessageSent s) {
            if (firstSent < 0) {
                firstSent = s.time();
                sender = s.node();
                destination = s.to();
            }
            sent++;
        }

        void received(MessageReceived m) {
            if (firstReceived < 0) {
                firstReceived = m.time();
            }
            int seq = (int) m.seq();
            if (seen.get(seq)) {
                duplicated++;
                return;
            }
            seen.set(seq);
            if (m.seq() < highest) {
                reordered++;
            } else {
                highest = m.seq();
            }
            delays.addValue(SimTime.toMillis(m.time() - m.sentAt()));
        }

        void segment(Packet p) {
            TcpHeader h = TcpHeader.parse(p);
            String side = p.source() + ":" + h.sourcePort() + ">" + p.destination() + ":" + h.destinationPort();
            String connection = connection(p, h);
            char kind;
            if (h.has(TcpHeader.SYN)) {
                kind = 'h';
                if (!h.has(TcpHeader.ACK)) {
                    awaitingHandshakeAck.add(side);
                }
            } else if (h.has(TcpHeader.FIN) || h.has(TcpHeader.RST)) {
                kind = 't';
                closing.add(connection);
            } else if (h.payloadLength() > 0) {
                kind = 'd';
            } else if (closing.contains(connection)) {
                kind = 't';
            } else if (awaitingHandshakeAck.contains(side)) {
                kind = 'h';
            } else {
                kind = 'a';
            }
            awaitingHandshakeAck.remove(side);
            if (kind == 'h' && !h.has(TcpHeader.ACK)) {
                awaitingHandshakeAck.add(side);
            }
            add(kind, 1);
            counted.put(p.id(), kind);
        }

        void retransmitted(Packet p) {
            Character kind = counted.remove(p.id());
            if (kind != null) {
                add(kind, -1);
                retransmissions++;
            }
        }

        private void add(char kind, int n) {
            switch (kind) {
                case 'h' -> handshake += n;
                case 't' -> teardown += n;
                case 'd' -> data += n;
                default -> acks += n;
            }
        }

        private static String connection(Packet p, TcpHeader h) {
            String a = p.source() + ":" + h.sourcePort();
            String b = p.destination() + ":" + h.destinationPort();
            return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        }

        StreamSummary summary(String protocol) {
            long delivered = seen.cardinality();
            FlowSummary.DelaySummary d = delays.getN() == 0 ? null
                    : new FlowSummary.DelaySummary(delays.getMin(), delays.getPercentile(50), delays.getMax());
            return new StreamSummary(protocol, sender, destination, sent, delivered, duplicated, reordered,
                    delivered / (double) sent, delivered == 0 ? Double.NaN : (delivered - reordered) / (double) delivered,
                    firstReceived < 0 ? Double.NaN : SimTime.toMillis(firstReceived - firstSent), d,
                    new StreamSummary.Segments(data, handshake, acks, retransmissions, teardown));
        }
    }
}
