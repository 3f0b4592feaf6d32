package org.udpsim.reports.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a TCP receiver's program could read, from segments however the sender cut them. */
class ArrivalsTest {
    static final String FLOW = "tcp 192.168.0.2:40000 > 192.168.0.3:80";
    static final long MS = 1_000_000L;
    private final List<PacketTrip> trips = new ArrayList<>();

    private void segment(long id, long sentMs, long seq, int len, int flags, Long arrivedMs) {
        PacketTrip t = new PacketTrip(id, id, "tcp", "192.168.0.2:40000", "192.168.0.3:80", 40 + len, sentMs * MS,
                "client", sentMs * MS, "client");
        t.tcp(new TcpSegment(flags, seq, 0, len));
        if (arrivedMs == null) {
            t.end(PacketTrip.End.DROPPED, (sentMs + 1) * MS, "client->ap", "radio");
        } else {
            t.end(PacketTrip.End.DELIVERED, arrivedMs * MS, "server", null);
        }
        trips.add(t);
    }

    private RunData run() {
        return new RunData(null, null, trips, Messages.none(), Map.of(), Map.of());
    }

    @Test
    void handedOver_aRetransmissionCutDifferently_stillHandsOverEveryMessageInOrder() {
        segment(1, 0, 1000, 0, TcpSegment.SYN, 5L);
        segment(2, 10, 1001, 32, TcpSegment.ACK | TcpSegment.PSH, 15L);
        segment(3, 20, 1033, 32, TcpSegment.ACK | TcpSegment.PSH, null);
        segment(4, 30, 1065, 32, TcpSegment.ACK | TcpSegment.PSH, null);
        // both lost segments go again as one 64-byte segment: no segment starts at 1065 any more
        segment(5, 300, 1033, 64, TcpSegment.ACK | TcpSegment.PSH, 305L);
        List<Arrivals.Arrival> handed = Arrivals.handedOver(run(), FLOW);
        assertEquals(List.of(1L, 2L, 3L), handed.stream().map(Arrivals.Arrival::number).toList());
        assertEquals(List.of(15L, 305L, 305L), handed.stream().map(a -> a.arrivedAt() / MS).toList(),
                "both waited for the retransmission");
        assertEquals(List.of(10L, 20L, 30L), handed.stream().map(a -> a.sentAt() / MS).toList());
        assertEquals(3, Arrivals.messagesSent(run(), FLOW), "a retransmission is no new message");
        assertEquals(handed, Arrivals.inArrivalOrder(run(), FLOW), "TCP's program reads in order only");
    }

    @Test
    void handedOver_newDataBeyondWhatWasSent_countsOnlyTheNewBytes() {
        segment(1, 0, 1000, 0, TcpSegment.SYN, 5L);
        segment(2, 10, 1001, 32, TcpSegment.ACK, null);
        // sent again with 16 new bytes after the old 32
        segment(3, 300, 1001, 48, TcpSegment.ACK, 305L);
        assertEquals(2, Arrivals.messagesSent(run(), FLOW));
        assertEquals(2, Arrivals.handedOver(run(), FLOW).size());
    }
}
