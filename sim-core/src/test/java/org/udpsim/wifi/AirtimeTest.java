package org.udpsim.wifi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketEnqueued;
import org.udpsim.trace.RadioAttempts;

class AirtimeTest {
    private static final int N = 100;
    /** 1000 payload bytes: a 1028-byte IP packet. */
    private static final int PAYLOAD = 1000;

    @Test
    void airtime_isOverheadPlusFrameBitsAtThePhyRate() {
        AccessPointConfig cfg = AccessPointConfig.builder("ssid").build();
        // (1028 + 36) bytes * 8 / 54 Mbit/s = 157.63 us, rounded up to the ns; plus 153.5 us
        assertEquals(153_500 + 157_630, cfg.airtimeNanos(1028));
        AccessPointConfig slow = AccessPointConfig.builder("ssid").phyRate(1_000_000).frameOverheadNanos(0).build();
        assertEquals(8 * (1028 + 36) * 1000L, slow.airtimeNanos(1028));
    }

    @Test
    void nFrames_takeNTimesTheAirtimeOnTheMedium() {
        try (Classroom c = new Classroom(1, "a").connectAll()) {
            long t0 = c.sim.now();
            for (int i = 0; i < N; i++) {
                c.sendUdp("a", c.ip("gateway"), PAYLOAD);
            }
            c.sim.run();
            long air = c.ap.medium().airtimeNanos(PAYLOAD + 28);
            List<RadioAttempts> frames = c.at(RadioAttempts.class, "a->classroom");
            assertEquals(N, frames.size());
            for (int i = 0; i < N; i++) {
                assertEquals(t0 + (i + 1) * air, frames.get(i).time());
            }
            List<PacketEnqueued> q = c.at(PacketEnqueued.class, "a->classroom");
            assertEquals(0, q.get(0).queueLength());
            assertEquals(N - 1, q.get(N - 1).queueLength());
            assertEquals(N, c.arrivals("gateway"));
        }
    }

    @Test
    void twoStationsSendingAtOnce_shareTheAir() {
        try (Classroom c = new Classroom(1, "a", "b").connectAll()) {
            long t0 = c.sim.now();
            for (int i = 0; i < N; i++) {
                c.sendUdp("a", c.ip("gateway"), PAYLOAD);
                c.sendUdp("b", c.ip("gateway"), PAYLOAD);
            }
            c.sim.run();
            long air = c.ap.medium().airtimeNanos(PAYLOAD + 28);
            List<RadioAttempts> a = c.at(RadioAttempts.class, "a->classroom");
            List<RadioAttempts> b = c.at(RadioAttempts.class, "b->classroom");
            // first come, first served: a's and b's frames alternate on the air
            for (int i = 0; i < N; i++) {
                assertEquals(t0 + (2 * i + 1) * air, a.get(i).time());
                assertEquals(t0 + (2 * i + 2) * air, b.get(i).time());
            }
            assertEquals(2 * N * air, c.ap.medium().occupiedNanos());
            assertEquals(2 * N, c.arrivals("gateway"));
        }
    }

    @Test
    void fullTransmitQueue_dropsFramesWhileTheAirIsBusy() {
        AccessPointConfig cfg = AccessPointConfig.builder("ssid").password("password").queueLimit(5).build();
        try (Classroom c = new Classroom(1, cfg, "a").connectAll()) {
            for (int i = 0; i < 10; i++) {
                c.sendUdp("a", c.ip("gateway"), PAYLOAD);
            }
            c.sim.run();
            assertEquals(6, c.arrivals("gateway"), "one on the air and five waiting");
            List<PacketDropped> drops = c.recordsOf(PacketDropped.class);
            assertEquals(4, drops.size());
            assertEquals(DropReason.QUEUE_FULL, drops.get(0).reason());
            assertEquals("a->classroom", drops.get(0).place());
        }
    }
}
