package org.udpsim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.udpsim.kernel.Simulation;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;

class RoutingTableTest {

    @Test
    void lookup_severalMatchingPrefixes_longestWins() {
        try (Simulation sim = new Simulation(1)) {
            Node n = new Network(sim).addRouter("r");
            NetInterface a = n.addInterface("a");
            NetInterface b = n.addInterface("b");
            RoutingTable t = new RoutingTable();
            Route def = new Route(Ipv4Prefix.parse("0.0.0.0/0"), Ipv4Address.parse("1.1.1.1"), a, Route.Kind.FORWARD);
            Route ten = new Route(Ipv4Prefix.parse("10.0.0.0/8"), Ipv4Address.ANY, a, Route.Kind.FORWARD);
            Route tenOne = new Route(Ipv4Prefix.parse("10.1.0.0/16"), Ipv4Address.ANY, b, Route.Kind.FORWARD);
            t.add(def);
            t.add(ten);
            t.add(tenOne);
            assertEquals(tenOne, t.lookup(Ipv4Address.parse("10.1.2.3").bits()));
            assertEquals(ten, t.lookup(Ipv4Address.parse("10.2.2.3").bits()));
            assertEquals(def, t.lookup(Ipv4Address.parse("192.168.0.1").bits()));
            t.remove(def.prefix());
            assertNull(t.lookup(Ipv4Address.parse("192.168.0.1").bits()));
            assertEquals(2, t.size());
        }
    }

    @Test
    void lookup_hostRoute_beatsItsNetwork() {
        try (Simulation sim = new Simulation(1)) {
            Node n = new Network(sim).addHost("h");
            NetInterface i = n.addInterface("eth0");
            i.configure(Ipv4Address.parse("192.168.0.3"), 24);
            assertEquals(Route.Kind.LOCAL, n.routes().lookup(Ipv4Address.parse("192.168.0.3").bits()).kind());
            assertEquals(Route.Kind.BROADCAST, n.routes().lookup(Ipv4Address.parse("192.168.0.255").bits()).kind());
            assertEquals(Route.Kind.FORWARD, n.routes().lookup(Ipv4Address.parse("192.168.0.9").bits()).kind());
            i.unconfigure();
            assertNull(n.routes().lookup(Ipv4Address.parse("192.168.0.9").bits()));
        }
    }
}
