package org.udpsim.wifi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.udpsim.packet.Ipv4Address;

class AccessPointConfigTest {
    private static void assertRefused(String message, Executable e) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, e).getMessage());
    }

    @Test
    void defaults_areTheDocumentedOnes() {
        AccessPointConfig c = AccessPointConfig.builder("ssid").build();
        assertEquals("", c.password());
        assertEquals("192.168.0.0/24", c.subnet().toString());
        assertEquals(Ipv4Address.parse("192.168.0.1"), c.gateway());
        assertEquals(Ipv4Address.parse("192.168.0.2"), c.poolFirst());
        assertEquals(Ipv4Address.parse("192.168.0.254"), c.poolLast());
        assertEquals(Map.of(), c.reservations());
        assertEquals(Integer.MAX_VALUE, c.stationLimit());
        assertEquals(54_000_000L, c.phyRateBitsPerSecond());
        assertEquals(153_500L, c.frameOverheadNanos());
        assertEquals(7, c.retryLimit());
        assertEquals(1000, c.queueLimit());
        assertEquals(-45, c.rssiDbm());
    }

    @Test
    void gatewayAndPool_followTheSubnet() {
        AccessPointConfig c = AccessPointConfig.builder("board-ap").subnet("192.168.4.0/24").pool("192.168.4.2", "192.168.4.101").build();
        assertEquals(Ipv4Address.parse("192.168.4.1"), c.gateway());
        assertEquals(Ipv4Address.parse("192.168.4.101"), c.poolLast());
        assertEquals(Ipv4Address.parse("255.255.255.0"), c.netmask());
    }

    @Test
    void password_mustBeEmptyOr8To63Characters() {
        assertRefused("WiFi network 'ssid': a WPA2 password must be 8-63 characters (or empty for an open network), "
                + "was 5 characters", () -> AccessPointConfig.builder("ssid").password("short"));
        assertRefused("WiFi network 'ssid': a WPA2 password must be 8-63 characters (or empty for an open network), "
                + "was 64 characters", () -> AccessPointConfig.builder("ssid").password("x".repeat(64)));
    }

    @Test
    void ssid_mustBe1To32Characters() {
        assertRefused("a WiFi network name (SSID) must be 1-32 characters, was '' (0 characters)",
                () -> AccessPointConfig.builder(""));
    }

    @Test
    void reservation_outsideTheSubnet_isRefused() {
        assertRefused("WiFi network 'ssid': the reservation for 'server' must be a host address of 192.168.0.0/24 "
                + "(192.168.0.1 to 192.168.0.254), was 10.0.0.3",
                () -> AccessPointConfig.builder("ssid").reserve("server", "10.0.0.3").build());
    }

    @Test
    void reservation_ofTheGateway_isRefused() {
        assertRefused("WiFi network 'ssid': the reservation for 'server' is 192.168.0.1, the gateway's own address",
                () -> AccessPointConfig.builder("ssid").reserve("server", "192.168.0.1").build());
    }

    @Test
    void sameAddress_reservedTwice_isRefused() {
        assertRefused("WiFi network 'ssid': 192.168.0.3 is reserved twice: for 'server' and for 'other'",
                () -> AccessPointConfig.builder("ssid").reserve("server", "192.168.0.3").reserve("other", "192.168.0.3").build());
    }

    @Test
    void sameStation_reservedTwice_isRefused() {
        assertRefused("WiFi network 'ssid': station 'server' already has a reservation (192.168.0.3)",
                () -> AccessPointConfig.builder("ssid").reserve("server", "192.168.0.3").reserve("server", "192.168.0.4"));
    }

    @Test
    void radioParameters_outOfRange_areRefused() {
        assertRefused("WiFi network 'ssid': the retry limit must be 0-255, was -1",
                () -> AccessPointConfig.builder("ssid").retryLimit(-1).build());
        assertRefused("WiFi network 'ssid': the radio rate must be more than 0 bit/s, was 0",
                () -> AccessPointConfig.builder("ssid").phyRate(0).build());
        assertRefused("WiFi network 'ssid': the station limit must be at least 1, was 0",
                () -> AccessPointConfig.builder("ssid").stationLimit(0));
        assertRefused("WiFi network 'ssid': the RSSI must be -100 to 0 dBm, was 5",
                () -> AccessPointConfig.builder("ssid").rssiDbm(5).build());
    }

    @Test
    void pool_endingBeforeItStarts_isRefused() {
        assertRefused("WiFi network 'ssid': the DHCP pool must not end (192.168.0.10) before it starts (192.168.0.20)",
                () -> AccessPointConfig.builder("ssid").pool("192.168.0.20", "192.168.0.10").build());
    }
}
