package org.udpsim.wifi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.udpsim.kernel.ConfigException;
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
        assertRefused("WiFi network 'ssid': a WPA2 password must be 8-63 characters (or \"\" for an open network), "
                + "got 5 characters", () -> AccessPointConfig.builder("ssid").password("short"));
        assertRefused("WiFi network 'ssid': a WPA2 password must be 8-63 characters (or \"\" for an open network), "
                + "got 64 characters", () -> AccessPointConfig.builder("ssid").password("x".repeat(64)));
    }

    @Test
    void password_mayHoldOnlyPrintableAscii() {
        assertRefused("WiFi network 'ssid': a WPA2 password may hold only printable ASCII characters",
                () -> AccessPointConfig.builder("ssid").password("pässwört"));
        assertRefused("WiFi network 'ssid': a WPA2 password may hold only printable ASCII characters",
                () -> AccessPointConfig.builder("ssid").password("tab\there!"));
    }

    @Test
    void ssid_mustBe1To32Bytes() {
        assertRefused("the SSID must be 1-32 bytes, got 0 ('')", () -> AccessPointConfig.builder(""));
        assertEquals(32, AccessPointConfig.builder("x".repeat(32)).build().ssid().length());
        // eleven Chinese characters are 33 bytes of UTF-8, as the ESP32 stores an SSID
        assertRefused("the SSID must be 1-32 bytes, got 33 ('掌控板掌控板掌控板掌控')",
                () -> AccessPointConfig.builder("掌控板掌控板掌控板掌控"));
        assertEquals("掌控板教室", AccessPointConfig.builder("掌控板教室").build().ssid());
    }

    @Test
    void reservation_outsideTheSubnet_isRefused() {
        assertRefused("WiFi network 'ssid': the reservation for 'server': 10.0.0.3 is outside the subnet "
                + "192.168.0.0/24",
                () -> AccessPointConfig.builder("ssid").reserve("server", "10.0.0.3").build());
    }

    @Test
    void reservation_ofTheGateway_isRefused() {
        assertRefused("WiFi network 'ssid': the reservation for 'server': 192.168.0.1 is the gateway",
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
        assertRefused("WiFi network 'ssid': retries must be 0-255, got -1",
                () -> AccessPointConfig.builder("ssid").retryLimit(-1));
        assertRefused("WiFi network 'ssid': retries must be 0-255, got 256",
                () -> AccessPointConfig.builder("ssid").retryLimit(256));
        assertRefused("WiFi network 'ssid': phy_rate must be more than 0 bit/s, got 0",
                () -> AccessPointConfig.builder("ssid").phyRate(0).build());
        assertRefused("WiFi network 'ssid': max_stations must be 1 or more, got 0",
                () -> AccessPointConfig.builder("ssid").stationLimit(0));
        assertRefused("WiFi network 'ssid': rssi must be -100 to 0 dBm, got 5",
                () -> AccessPointConfig.builder("ssid").rssiDbm(5));
    }

    @Test
    void pool_endingBeforeItStarts_isRefused() {
        assertRefused("WiFi network 'ssid': the DHCP range ends (192.168.0.10) before it starts (192.168.0.20)",
                () -> AccessPointConfig.builder("ssid").pool("192.168.0.20", "192.168.0.10").build());
    }

    @Test
    void gatewayInsideThePool_isRefused() {
        assertRefused("WiFi network 'ssid': the gateway 192.168.0.1 lies inside the DHCP range 192.168.0.1-192.168.0.9;"
                + " choose a range that leaves it out",
                () -> AccessPointConfig.builder("ssid").pool("192.168.0.1", "192.168.0.9").build());
    }

    @Test
    void aRefusedValue_namesItsParameter() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> AccessPointConfig.builder("ssid").subnet("10.0.0.0/24").gateway("192.168.0.1"));
        assertEquals("gateway", e.parameter());
        assertEquals("gateway 192.168.0.1 is outside the subnet 10.0.0.0/24", e.problem());
        assertEquals("dhcp.last", assertThrows(ConfigException.class,
                () -> AccessPointConfig.builder("ssid").pool("192.168.0.20", "192.168.0.10").build()).parameter());
    }
}
