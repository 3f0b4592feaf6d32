package org.udpsim.wifi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.RadioAttempts;

class RadioLossTest {
    private static final int N = 10_000;
    private static final long GAP = SimTime.millis(1);

    @Test
    void unicastRadioLoss_isHiddenByRetries() {
        try (Classroom c = new Classroom(7, "client").connectAll()) {
            c.wifi.radioHop("client->classroom").setImpairments("loss 20%");
            c.sendMany("client", c.ip("gateway"), 26, N, GAP);
            // residual loss 0.2^8 = 2.6e-6 per datagram: expected 0.03 of 10 000
            assertEquals(N, c.arrivals("gateway"));
            List<RadioAttempts> frames = c.at(RadioAttempts.class, "client->classroom");
            assertEquals(N, frames.size());
            long attempts = 0;
            for (RadioAttempts f : frames) {
                attempts += f.attempts();
            }
            // mean attempts of a geometric with success 0.8 is 1.25; its sd per frame is 0.56, so +-0.02 is 3.6 sd
            double mean = attempts / (double) N;
            assertTrue(Math.abs(mean - 1.25) < 0.02, "mean attempts " + mean);
        }
    }

    @Test
    void unicastRadioLoss_withoutRetries_reachesUdp() {
        AccessPointConfig cfg = AccessPointConfig.builder("ssid").password("password").retryLimit(0).build();
        try (Classroom c = new Classroom(7, cfg, "client").connectAll()) {
            c.wifi.radioHop("client->classroom").setImpairments("loss 20%");
            c.sendMany("client", c.ip("gateway"), 26, N, GAP);
            int lost = N - c.arrivals("gateway");
            assertBinomial(lost, N, 0.2);
            assertEquals(lost, c.recordsOf(PacketDropped.class, d -> d.reason() == DropReason.RADIO).size());
        }
    }

    @Test
    void broadcastRadioLoss_isSufferedByEachReceiverOnItsOwn() {
        try (Classroom c = new Classroom(7, "a", "b", "c").connectAll()) {
            c.wifi.radioHop("a->classroom").setImpairments("loss 20%");
            c.wifi.radioHop("classroom->b").setImpairments("loss 20%");
            c.wifi.radioHop("classroom->c").setImpairments("loss 20%");
            c.sendMany("a", Ipv4Address.BROADCAST, 26, N, GAP);
            assertEquals(N, c.arrivals("gateway"), "the sender's unicast hop to the access point is retried");
            assertBinomial(N - c.arrivals("b"), N, 0.2);
            assertBinomial(N - c.arrivals("c"), N, 0.2);
            assertTrue(c.arrivals("b") != c.arrivals("c"), "independent draws per receiver");
            for (RadioAttempts f : c.at(RadioAttempts.class, "classroom->b")) {
                assertEquals(1, f.attempts(), "a broadcast is never retried");
            }
        }
    }

    @Test
    void everyAttemptLost_dropsTheFrameAsRadioAfterAllRetries() {
        try (Classroom c = new Classroom(7, "client").connectAll()) {
            c.wifi.radioHop("client->classroom").setImpairments("loss 100%");
            long t0 = c.sim.now();
            Packet p = c.sendUdp("client", c.ip("gateway"), 26);
            c.sim.run();
            RadioAttempts f = c.at(RadioAttempts.class, "client->classroom").get(0);
            assertEquals(1 + AccessPointConfig.DEFAULT_RETRY_LIMIT, f.attempts());
            assertEquals(false, f.delivered());
            assertEquals(t0 + 8 * c.ap.medium().airtimeNanos(p.length()), f.time(), "each attempt takes the air");
            PacketDropped d = c.recordsOf(PacketDropped.class).get(0);
            assertEquals(DropReason.RADIO, d.reason());
            assertEquals("client->classroom", d.place());
        }
    }

    /** Checks that {@code k} of {@code n} is within 4 standard deviations of a binomial with probability {@code p}. */
    private static void assertBinomial(int k, int n, double p) {
        double mean = n * p;
        double sd = Math.sqrt(n * p * (1 - p));
        assertTrue(Math.abs(k - mean) < 4 * sd, k + " of " + n + " is not within 4 sd (" + sd + ") of " + mean);
    }
}
