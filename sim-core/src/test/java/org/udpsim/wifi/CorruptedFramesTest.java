package org.udpsim.wifi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.FlowStatistics;
import org.udpsim.trace.FlowStats;
import org.udpsim.trace.PacketCorrupted;
import org.udpsim.trace.PacketDelivered;
import org.udpsim.trace.PacketDropped;

/** netem's {@code corrupt} on a radio hop: damaged packets keep their flow and die where a real stack kills them. */
class CorruptedFramesTest {
    private static final int SENT = 300;
    /** Bits 96-159 of an IPv4 header are its source and destination addresses. */
    private static final int ADDRESSES_FIRST_BIT = 96;
    private static final int HEADER_BITS = 160;

    @Test
    void everyCorruptedPacket_reachesTheStationItWasSentTo_andAHeaderBitFlipFailsTheChecksumThere() {
        try (Classroom c = new Classroom(7, "a", "b").connectAll()) {
            FlowStatistics flows = new FlowStatistics();
            c.net.trace().addListener(flows);
            c.wifi.radioHop("a -> classroom").setImpairments("corrupt 100%");
            c.sendMany("a", c.ip("b"), 26, SENT, SimTime.millis(2));

            List<PacketCorrupted> corrupted = c.recordsOf(PacketCorrupted.class);
            assertEquals(SENT, corrupted.size());
            long headerFlips = corrupted.stream().filter(r -> r.bit() < HEADER_BITS).count();
            long addressFlips = corrupted.stream()
                    .filter(r -> r.bit() >= ADDRESSES_FIRST_BIT && r.bit() < HEADER_BITS).count();
            assertTrue(addressFlips > 0, "the seed flips some address bits");

            List<PacketDropped> drops = c.recordsOf(PacketDropped.class);
            assertEquals(headerFlips, drops.size(), "only a damaged header is caught: b's test UDP checks nothing");
            assertTrue(drops.stream().allMatch(d -> d.reason() == DropReason.CHECKSUM && d.place().equals("b")),
                    "every damaged header is dropped at b on its checksum, none misrouted by the access point");
            assertEquals(SENT - headerFlips, c.at(PacketDelivered.class, "b").size());

            List<FlowStats> all = flows.flows();
            assertEquals(1, all.size(), "a flow is what was sent, not the damaged bytes");
            FlowStats f = all.get(0);
            assertEquals(SENT, f.sent());
            assertEquals(SENT - headerFlips, f.delivered());
            assertEquals(headerFlips, f.dropped(DropReason.CHECKSUM));
            assertEquals(0, f.inFlight());
        }
    }
}
