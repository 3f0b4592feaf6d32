package org.udpsim.wifi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.net.Route;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;

class StationConnectTest {
    private static Ipv4Address ip(String s) {
        return Ipv4Address.parse(s);
    }

    @Test
    void connect_stationsInTurn_getPoolAddressesInOrderWithGatewayAndDns() {
        try (Classroom c = new Classroom(1, "client", "server")) {
            List<ConnectResult> r = c.connectInTurn("client", "server");
            assertEquals(StationConfig.parse("192.168.0.2", "255.255.255.0", "192.168.0.1", "192.168.0.1"), r.get(0).config());
            assertEquals(ip("192.168.0.3"), r.get(1).config().ip());
            Station client = c.station("client");
            assertTrue(client.isConnected());
            assertEquals(Station.State.CONNECTED, client.state());
            assertEquals("ssid", client.ssid());
            assertEquals(-45, client.rssiDbm());
            assertEquals(ip("192.168.0.2"), client.netInterface().address());
            Route def = c.node("client").routes().lookup(ip("8.8.8.8").bits());
            assertEquals(ip("192.168.0.1"), def.gateway());
            assertEquals(Map.of("client", ip("192.168.0.2"), "server", ip("192.168.0.3")), c.ap.leases());
            assertEquals(List.of(client, c.station("server")), c.ap.stations());
        }
    }

    @Test
    void connect_stationWithReservation_getsItsAddressAndThePoolSkipsIt() {
        AccessPointConfig cfg = AccessPointConfig.builder("ssid").password("password").reserve("server", "192.168.0.2").build();
        try (Classroom c = new Classroom(1, cfg, "client", "server", "pupil")) {
            List<ConnectResult> r = c.connectInTurn("client", "server", "pupil");
            assertEquals(ip("192.168.0.3"), r.get(0).config().ip());
            assertEquals(ip("192.168.0.2"), r.get(1).config().ip());
            assertEquals(ip("192.168.0.4"), r.get(2).config().ip());
        }
    }

    @Test
    void connect_timings_fallInsideTheBoardsRanges() {
        for (long seed = 1; seed <= 20; seed++) {
            try (Classroom c = new Classroom(seed, "client")) {
                long[] at = new long[1];
                c.station("client").connect("ssid", "password", res -> at[0] = c.sim.now());
                c.sim.run();
                assertTrue(at[0] >= SimTime.seconds(2.5) && at[0] <= SimTime.seconds(5.5), "connected at " + at[0]);
            }
        }
    }

    @Test
    void connect_unknownSsid_failsWithSsidNotFoundAfterTheScan() {
        try (Classroom c = new Classroom(1, "client")) {
            List<ConnectResult> r = new ArrayList<>();
            long[] at = new long[1];
            c.station("client").connect("nope", "password", res -> {
                r.add(res);
                at[0] = c.sim.now();
            });
            c.sim.run();
            assertEquals(ConnectFailure.SSID_NOT_FOUND, r.get(0).failure());
            assertTrue(r.get(0).message().contains("'nope'"), r.get(0).message());
            assertTrue(at[0] >= SimTime.seconds(1.5) && at[0] <= SimTime.seconds(2.5));
            assertEquals(Station.State.IDLE, c.station("client").state());
        }
    }

    @Test
    void connect_withAScanCallback_hearsTheEndOfTheScanFirst_butNotForAnUnknownSsid() {
        try (Classroom c = new Classroom(1, "client")) {
            List<String> events = new ArrayList<>();
            c.station("client").connect("ssid", "password", () -> events.add("scanned at " + c.sim.now()),
                    r -> events.add("connected " + r.isConnected()));
            c.sim.run();
            assertEquals(2, events.size());
            assertTrue(events.get(0).startsWith("scanned at "));
            long scannedAt = Long.parseLong(events.get(0).substring("scanned at ".length()));
            assertTrue(scannedAt >= SimTime.seconds(1.5) && scannedAt <= SimTime.seconds(2.5));
            assertEquals("connected true", events.get(1));
            events.clear();
            c.station("client").connect("nope", "password", () -> events.add("scanned"), r -> events.add(r.failure().name()));
            c.sim.run();
            assertEquals(List.of("SSID_NOT_FOUND"), events);
        }
    }

    @Test
    void connect_wrongPassword_failsWithWrongPasswordAndLeavesNoAddress() {
        try (Classroom c = new Classroom(1, "client")) {
            List<ConnectResult> r = new ArrayList<>();
            c.station("client").connect("ssid", "wrong-password", r::add);
            c.sim.run();
            assertEquals(ConnectFailure.WRONG_PASSWORD, r.get(0).failure());
            assertFalse(c.station("client").isConnected());
            assertEquals(StationConfig.NONE, c.station("client").config());
            assertTrue(c.ap.leases().isEmpty());
        }
    }

    @Test
    void connect_openNetwork_acceptsAnyPassword() {
        try (Classroom c = new Classroom(1, AccessPointConfig.builder("ssid").build(), "client")) {
            List<ConnectResult> r = new ArrayList<>();
            c.station("client").connect("ssid", "whatever", r::add);
            c.sim.run();
            assertTrue(r.get(0).isConnected());
        }
    }

    @Test
    void connect_pastTheStationLimit_isRefusedUntilAStationLeaves() {
        AccessPointConfig cfg = AccessPointConfig.builder("ssid").password("password")
                .stationLimit(AccessPointConfig.SOFT_AP_STATION_LIMIT).build();
        try (Classroom c = new Classroom(1, cfg, "s1", "s2", "s3", "s4", "s5")) {
            List<ConnectResult> r = c.connectInTurn("s1", "s2", "s3", "s4", "s5");
            assertTrue(r.get(3).isConnected());
            assertEquals(ConnectFailure.ACCESS_POINT_FULL, r.get(4).failure());
            c.station("s2").disconnect();
            ConnectResult again = c.connectInTurn("s5").get(0);
            assertEquals(ip("192.168.0.3"), again.config().ip());
        }
    }

    @Test
    void connect_poolUsedUp_failsWithNoAddress() {
        AccessPointConfig cfg = AccessPointConfig.builder("ssid").password("password")
                .pool("192.168.0.100", "192.168.0.101").build();
        try (Classroom c = new Classroom(1, cfg, "a", "b", "c")) {
            List<ConnectResult> r = c.connectInTurn("a", "b", "c");
            assertEquals(ip("192.168.0.100"), r.get(0).config().ip());
            assertEquals(ip("192.168.0.101"), r.get(1).config().ip());
            assertEquals(ConnectFailure.NO_ADDRESS, r.get(2).failure());
            assertFalse(c.station("c").isAssociated());
        }
    }

    @Test
    void disconnect_freesTheLeaseAndUnconfiguresTheInterface() {
        try (Classroom c = new Classroom(1, "a", "b").connectAll()) {
            Station a = c.station("a");
            a.disconnect();
            assertFalse(a.isConnected());
            assertFalse(a.netInterface().hasAddress());
            assertNull(c.node("a").routes().lookup(ip("8.8.8.8").bits()));
            assertEquals(Map.of("b", ip("192.168.0.3")), c.ap.leases());
            assertNull(c.ap.stationAt(ip("192.168.0.2")));
            assertEquals(ip("192.168.0.2"), c.connectInTurn("a").get(0).config().ip());
        }
    }

    @Test
    void disconnect_duringTheScan_cancelsTheAttemptSilently() {
        try (Classroom c = new Classroom(1, "a")) {
            List<ConnectResult> r = new ArrayList<>();
            c.station("a").connect("ssid", "password", r::add);
            c.sim.runUntil(SimTime.seconds(1));
            c.station("a").disconnect();
            c.sim.run();
            assertTrue(r.isEmpty());
            assertEquals(Station.State.IDLE, c.station("a").state());
        }
    }

    @Test
    void ifconfig_onAConnectedStation_setsTheStaticAddressAndEndsItsLease() {
        try (Classroom c = new Classroom(1, "a", "b").connectAll()) {
            StationConfig fixed = StationConfig.parse("192.168.0.50", "255.255.255.0", "192.168.0.1", "8.8.8.8");
            c.station("a").ifconfig(fixed);
            assertEquals(fixed, c.station("a").config());
            assertEquals(new Ipv4Prefix(ip("192.168.0.0"), 24), c.station("a").netInterface().prefix());
            assertEquals(Map.of("b", ip("192.168.0.3")), c.ap.leases());
            assertEquals(c.station("a"), c.ap.stationAt(ip("192.168.0.50")));
            c.sendUdp("b", ip("192.168.0.50"), 10);
            c.sim.run();
            assertEquals(1, c.arrivals("a"));
        }
    }

    @Test
    void ifconfig_beforeConnecting_skipsDhcp() {
        try (Classroom c = new Classroom(1, "a")) {
            c.station("a").ifconfig(StationConfig.parse("192.168.0.9", "255.255.255.0", "192.168.0.1", "192.168.0.1"));
            List<ConnectResult> r = c.connectInTurn("a");
            assertEquals(ip("192.168.0.9"), r.get(0).config().ip());
            assertTrue(c.ap.leases().isEmpty());
        }
    }

    @Test
    void ifconfig_withAnotherStationsAddress_isRefused() {
        try (Classroom c = new Classroom(1, "a", "b").connectAll()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.station("a")
                    .ifconfig(StationConfig.parse("192.168.0.3", "255.255.255.0", "192.168.0.1", "192.168.0.1")));
            assertEquals("192.168.0.3 is already used by station 'b' on 'ssid'", e.getMessage());
            assertEquals(ip("192.168.0.2"), c.station("a").config().ip());
        }
    }
}
