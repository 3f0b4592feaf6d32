package org.udpsim.wifi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.udpsim.impairments.NetemException;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.trace.CopyReason;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.PacketCopied;
import org.udpsim.trace.PacketDelivered;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketForwarded;
import org.udpsim.trace.PacketSent;
import org.udpsim.trace.RadioAttempts;

class RadioImpairmentsTest {
    @Test
    void delay_actsOnceAfterTheAir() {
        try (Classroom c = new Classroom(1, "client").connectAll()) {
            c.wifi.radioHop("client -> classroom").setImpairments("delay 5ms");
            long t0 = c.sim.now();
            Packet p = c.sendUdp("client", c.ip("gateway"), 26);
            c.sim.run();
            long air = c.ap.medium().airtimeNanos(p.length());
            assertEquals(t0 + air, c.at(RadioAttempts.class, "client->classroom").get(0).time());
            assertEquals(t0 + air + SimTime.millis(5), c.at(PacketForwarded.class, "classroom").get(0).time());
        }
    }

    @Test
    void duplicate_copiesTheDeliveredFrameNotTheAttempts() {
        try (Classroom c = new Classroom(1, "client").connectAll()) {
            c.wifi.radioHop("client->classroom").setImpairments("duplicate 100%");
            c.sendUdp("client", c.ip("gateway"), 26);
            c.sim.run();
            assertEquals(1, c.at(RadioAttempts.class, "client->classroom").size());
            assertEquals(CopyReason.DUPLICATE, c.recordsOf(PacketCopied.class).get(0).reason());
            assertEquals(2, c.arrivals("gateway"));
        }
    }

    @Test
    void scriptedLoss_losesTheChosenDatagramDespiteRetries() {
        try (Classroom c = new Classroom(1, "client").connectAll()) {
            c.wifi.radioHop("client->classroom").setImpairments("loss script 3");
            c.sendMany("client", c.ip("gateway"), 26, 5, SimTime.millis(1));
            assertEquals(4, c.arrivals("gateway"));
            RadioAttempts third = c.at(RadioAttempts.class, "client->classroom").get(2);
            assertEquals(8, third.attempts());
            assertEquals(false, third.delivered());
            PacketDropped d = c.recordsOf(PacketDropped.class).get(0);
            assertEquals(DropReason.RADIO, d.reason());
            assertEquals(third.packet().id(), d.packet().id());
        }
    }

    @Test
    void accessPointRadioImpairments_applyToEveryStationHop_untilAHopGetsItsOwn() {
        AccessPointConfig cfg = AccessPointConfig.builder("ssid").password("password").radio("delay 2ms").build();
        try (Classroom c = new Classroom(1, cfg, "a", "b").connectAll()) {
            assertEquals(NetemSpec.parse("delay 2ms"), c.wifi.radioHop("classroom->b").impairments());
            c.wifi.radioHop("b->classroom").setImpairments("delay 7ms");
            long t0 = c.sim.now();
            Packet p = c.sendUdp("a", c.ip("b"), 26);
            c.sim.run();
            long air = c.ap.medium().airtimeNanos(p.length());
            // a->classroom: air, then 2 ms; classroom->b: air (then 2 ms more before b takes it)
            assertEquals(t0 + 2 * air + SimTime.millis(2), c.at(RadioAttempts.class, "classroom->b").get(0).time());
            long t1 = c.sim.now();
            c.sendUdp("b", c.ip("a"), 26);
            c.sim.run();
            assertEquals(t1 + air + SimTime.millis(7), c.at(PacketForwarded.class, "classroom").get(1).time());
        }
    }

    @Test
    void badNetemOptions_areRefusedNamingTheOption() {
        try (Classroom c = new Classroom(1, "a")) {
            NetemException e = assertThrows(NetemException.class,
                    () -> c.wifi.radioHop("a->classroom").setImpairments("loss 120%"));
            assertTrue(e.getMessage().contains("loss"), e.getMessage());
        }
    }

    @Test
    void radioHop_ofAnUnknownNode_isRefused() {
        try (Classroom c = new Classroom(1, "a")) {
            assertThrows(IllegalArgumentException.class, () -> c.wifi.radioHop("nobody->classroom"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.wifi.radioHop("a->b"));
            assertEquals("'a->b' is not a radio hop: expected 'station -> access point' or 'access point -> station' "
                    + "with one of the access points [classroom]", e.getMessage());
        }
    }

    @Test
    void lossyRadio_conservesEveryPacket() {
        try (Classroom c = new Classroom(5, "a", "b", "c").connectAll()) {
            for (String s : List.of("a", "b", "c")) {
                c.wifi.radioHop(s + "->classroom").setImpairments("loss 60% duplicate 5% delay 1ms 1ms");
                c.wifi.radioHop("classroom->" + s).setImpairments("loss 30% corrupt 5%");
            }
            c.sendMany("a", c.ip("b"), 100, 500, SimTime.micros(500));
            c.sendMany("b", Ipv4Address.BROADCAST, 100, 500, SimTime.micros(500));
            long sent = c.recordsOf(PacketSent.class).size();
            long copies = c.recordsOf(PacketCopied.class).size();
            long ended = c.recordsOf(PacketDelivered.class).size()
                    + c.recordsOf(PacketDropped.class).size();
            assertEquals(sent + copies, ended);
        }
    }
}
