package org.udpsim.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Ipv4AddressTest {

    @Test
    void parse_dottedQuad_roundTrips() {
        for (String s : new String[] {"0.0.0.0", "192.168.0.3", "255.255.255.255", "10.1.2.3"}) {
            assertEquals(s, Ipv4Address.parse(s).toString());
        }
    }

    @Test
    void parse_malformed_namesTheText() {
        for (String s : new String[] {"192.168.0", "192.168.0.256", "a.b.c.d", "1..2.3", "1.2.3.4.5", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ipv4Address.parse(s));
            assertTrue(e.getMessage().contains("'" + s + "'"), e.getMessage());
        }
    }

    @Test
    void prefix_containsAndBroadcast_followTheMask() {
        Ipv4Prefix lan = Ipv4Prefix.parse("192.168.0.0/24");
        assertTrue(lan.contains(Ipv4Address.parse("192.168.0.200")));
        assertFalse(lan.contains(Ipv4Address.parse("192.168.1.2")));
        assertEquals("192.168.0.255", lan.broadcast().toString());
        assertEquals("255.255.255.0", lan.netmask().toString());
        assertEquals("192.168.0.1", lan.host(1).toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ipv4Prefix.parse("192.168.0.1/24"));
        assertTrue(e.getMessage().contains("host bits"), e.getMessage());
    }

    @Test
    void compareTo_ordersNumerically_evenAbove128() {
        assertTrue(Ipv4Address.parse("200.0.0.1").compareTo(Ipv4Address.parse("10.0.0.1")) > 0);
    }
}
