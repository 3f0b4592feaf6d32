package org.udpsim.wifi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.trace.CopyReason;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.PacketCopied;
import org.udpsim.trace.PacketDelivered;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketForwarded;
import org.udpsim.trace.RadioAttempts;

class BridgingTest {
    @Test
    void unicast_stationToStation_crossesTwoRadioHopsThroughTheAccessPoint() {
        try (Classroom c = new Classroom(1, "client", "server").connectAll()) {
            long t0 = c.sim.now();
            Packet p = c.sendUdp("client", c.ip("server"), 26);
            c.sim.run();
            List<RadioAttempts> up = c.at(RadioAttempts.class, "client->classroom");
            List<RadioAttempts> down = c.at(RadioAttempts.class, "classroom->server");
            assertEquals(1, up.size());
            assertEquals(1, down.size());
            assertEquals(p.id(), down.get(0).packet().id());
            assertEquals(1, c.at(PacketForwarded.class, "classroom").size());
            List<PacketDelivered> d = c.at(PacketDelivered.class, "server");
            assertEquals(1, d.size());
            assertEquals(Packet.DEFAULT_TTL, d.get(0).packet().ttl(), "a bridge does not decrement the TTL");
            long air = c.ap.medium().airtimeNanos(p.length());
            assertEquals(t0 + 2 * air, d.get(0).time(), "two frames, one after the other, on one air");
            assertEquals(0, c.arrivals("gateway"));
        }
    }

    @Test
    void unicast_stationToRouter_goesOverTheUplink_andTheReplyComesBackOverTheAir() {
        try (Classroom c = new Classroom(1, "client", "server").connectAll()) {
            c.sendUdp("client", c.ip("gateway"), 26);
            c.sim.run();
            assertEquals(1, c.arrivals("gateway"));
            assertEquals(1, c.at(RadioAttempts.class, "client->classroom").size());
            assertEquals(1, c.recordsOf(PacketForwarded.class).size());
            c.sendUdp("gateway", c.ip("client"), 26);
            c.sim.run();
            assertEquals(1, c.arrivals("client"));
            assertEquals(1, c.at(RadioAttempts.class, "classroom->client").size());
            assertEquals(0, c.arrivals("server"));
        }
    }

    @Test
    void unicast_toAnAddressOutsideTheSubnet_isHandedToTheRouter() {
        try (Classroom c = new Classroom(1, "client").connectAll()) {
            c.sendUdp("client", Ipv4Address.parse("10.1.2.3"), 26);
            c.sim.run();
            List<PacketDropped> drops = c.recordsOf(PacketDropped.class);
            assertEquals(1, drops.size());
            assertEquals("gateway", drops.get(0).place());
            assertEquals(DropReason.NO_ROUTE, drops.get(0).reason());
        }
    }

    @Test
    void unicast_fromTheUplinkForAnAddressNoStationHas_isDroppedAtTheAccessPoint() {
        try (Classroom c = new Classroom(1, "client").connectAll()) {
            c.sendUdp("gateway", Ipv4Address.parse("192.168.0.77"), 26);
            c.sim.run();
            List<PacketDropped> drops = c.recordsOf(PacketDropped.class);
            assertEquals(1, drops.size());
            assertEquals("classroom", drops.get(0).place());
            assertEquals(DropReason.HOST_UNREACHABLE, drops.get(0).reason());
        }
    }

    @Test
    void unicast_fromAStationForAnAddressNoStationHas_isDroppedAtTheAccessPoint() {
        try (Classroom c = new Classroom(1, "client").connectAll()) {
            c.sendUdp("client", Ipv4Address.parse("192.168.0.77"), 26);
            c.sim.run();
            List<PacketDropped> drops = c.recordsOf(PacketDropped.class);
            assertEquals(1, drops.size());
            assertEquals("classroom", drops.get(0).place());
            assertEquals(DropReason.HOST_UNREACHABLE, drops.get(0).reason());
        }
    }

    @Test
    void broadcast_fromAStation_reachesEveryOtherStationAndTheUplinkOnce() {
        for (String to : new String[] {"255.255.255.255", "192.168.0.255"}) {
            try (Classroom c = new Classroom(1, "a", "b", "c").connectAll()) {
                long t0 = c.sim.now();
                Packet p = c.sendUdp("a", Ipv4Address.parse(to), 26);
                c.sim.run();
                assertEquals(0, c.arrivals("a"), to);
                assertEquals(1, c.arrivals("b"), to);
                assertEquals(1, c.arrivals("c"), to);
                assertEquals(1, c.arrivals("gateway"), to);
                List<PacketCopied> copies = c.recordsOf(PacketCopied.class);
                assertEquals(2, copies.size());
                for (PacketCopied copy : copies) {
                    assertEquals(CopyReason.BROADCAST, copy.reason());
                    assertEquals(p.id(), copy.copy().originId());
                    assertEquals("classroom", copy.place());
                }
                assertEquals(1, c.at(RadioAttempts.class, "a->classroom").size());
                assertEquals(1, c.at(RadioAttempts.class, "classroom->b").get(0).attempts());
                assertEquals(1, c.at(RadioAttempts.class, "classroom->c").size());
                assertEquals(p.id(), c.at(PacketDelivered.class, "gateway").get(0).packet().id(),
                        "the original goes up the uplink, the copies over the air");
                long air = c.ap.medium().airtimeNanos(p.length());
                assertEquals(t0 + 2 * air, c.at(RadioAttempts.class, "classroom->b").get(0).time(),
                        "one broadcast frame on the air serves every station");
                assertEquals(t0 + 2 * air, c.at(RadioAttempts.class, "classroom->c").get(0).time());
            }
        }
    }

    @Test
    void broadcast_fromTheRouter_reachesEveryStation() {
        try (Classroom c = new Classroom(1, "a", "b").connectAll()) {
            c.sendUdp("gateway", Ipv4Address.BROADCAST, 26);
            c.sim.run();
            assertEquals(1, c.arrivals("a"));
            assertEquals(1, c.arrivals("b"));
            assertEquals(1, c.recordsOf(PacketCopied.class).size());
            assertTrue(c.recordsOf(PacketDropped.class).isEmpty());
        }
    }

    @Test
    void send_fromADisconnectedStation_neverReachesTheAir() {
        try (Classroom c = new Classroom(1, "a", "b").connectAll()) {
            Ipv4Address b = c.ip("b");
            c.station("a").disconnect();
            c.sendUdp("a", b, 26);
            c.sim.run();
            assertEquals(DropReason.NO_ROUTE, c.recordsOf(PacketDropped.class).get(0).reason());
            assertTrue(c.recordsOf(RadioAttempts.class).isEmpty());
        }
    }

    @Test
    void frame_inFlightToAStationThatLeaves_isDroppedAsUnreachable() {
        try (Classroom c = new Classroom(1, "a", "b").connectAll()) {
            c.sendUdp("a", c.ip("b"), 26);
            c.sim.runUntil(c.sim.now() + c.ap.medium().airtimeNanos(54) + 1);
            c.station("b").disconnect();
            c.sim.run();
            List<PacketDropped> drops = c.recordsOf(PacketDropped.class);
            assertEquals(1, drops.size());
            assertEquals("classroom->b", drops.get(0).place());
            assertEquals(DropReason.HOST_UNREACHABLE, drops.get(0).reason());
        }
    }
}
