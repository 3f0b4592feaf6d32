package org.udpsim.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.kernel.ConfigException;
import org.udpsim.kernel.Simulation;
import org.udpsim.net.Hop;
import org.udpsim.net.LinkConfig;
import org.udpsim.net.Network;
import org.udpsim.net.Node;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;
import org.udpsim.wifi.AccessPointConfig;
import org.udpsim.wifi.WifiEnvironment;

class TopologyWiringTest {
    private static Ipv4Address ip(String a) {
        return Ipv4Address.parse(a);
    }

    private static WiredLink link(String a, String b, String subnet) {
        Ipv4Prefix p = Ipv4Prefix.parse(subnet);
        return new WiredLink(a, b, p, p.host(1), p.host(2), LinkConfig.of(100_000_000L, 0));
    }

    /** classroom (192.168.0.0/24) - r1 - r2 - laptop, a lab's two routers. */
    private static final Topology LAB = new Topology(List.of("r1", "r2"),
            List.of(new AccessPointNode("classroom", AccessPointConfig.builder("ssid").build(), Optional.of("r1"))),
            List.of(link("r1", "r2", "10.0.0.0/30"), link("r2", "laptop", "10.0.1.0/30")));

    /** LAB built, with the wired host laptop and the WiFi station client. */
    private static TopologyWiring lab(WifiEnvironment wifi) {
        TopologyWiring wiring = new TopologyWiring(wifi, LAB);
        wiring.addRoutersAndAccessPoints();
        wiring.network().addHost("laptop");
        wifi.addStation(wiring.network().addHost("client"));
        wiring.connectLinks();
        return wiring;
    }

    @Test
    void wiring_givesEveryRouterARouteToEveryNetwork_andTheWiredHostItsGateway() {
        try (Simulation sim = new Simulation(1)) {
            Network net = new Network(sim);
            lab(new WifiEnvironment(net)).installRoutes();
            Node laptop = net.node("laptop");

            assertEquals(ip("10.0.0.1"), net.node("r2").routes().lookup(ip("192.168.0.7").bits()).gateway());
            assertEquals(ip("10.0.0.2"), net.node("r1").routes().lookup(ip("10.0.1.2").bits()).gateway());
            assertEquals(ip("10.0.1.1"), laptop.routes().lookup(ip("8.8.8.8").bits()).gateway());
        }
    }

    @Test
    void impair_setsTheNetemOfThatDirectionOnly_overAirOrCable() {
        try (Simulation sim = new Simulation(1)) {
            WifiEnvironment wifi = new WifiEnvironment(new Network(sim));
            TopologyWiring wiring = lab(wifi);

            Hop up = new Hop("r1", "r2", Hop.Kind.WIRED);
            wiring.impair(new HopImpairment(up, NetemSpec.parse("loss 10%")));
            Hop radio = new Hop("client", "classroom", Hop.Kind.RADIO);
            wiring.impair(new HopImpairment(radio, NetemSpec.parse("delay 5ms")));

            assertEquals(NetemSpec.parse("loss 10%"), wiring.direction(up).impairments());
            assertEquals(NetemSpec.NONE, wiring.direction(up.reversed()).impairments());
            assertEquals(NetemSpec.parse("delay 5ms"), wifi.radioHop(radio).impairments());
            assertEquals(NetemSpec.NONE, wifi.radioHop(radio.reversed()).impairments());
            assertThrows(IllegalArgumentException.class, () -> wiring.direction(new Hop("r1", "laptop",
                    Hop.Kind.WIRED)), "no cable joins r1 and laptop");
            assertThrows(IllegalArgumentException.class, () -> wifi.radioHop(up), "a cable is not a radio hop");
        }
    }

    @Test
    void reservation_theAccessPointCannotGive_isRefusedByItsRule() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> LAB.withReservation("classroom", "server", ip("10.0.0.3")));
        assertEquals("the reservation for 'server': 10.0.0.3 is outside the subnet 192.168.0.0/24", e.problem());
        assertEquals(ip("192.168.0.3"), LAB.withReservation("classroom", "server", ip("192.168.0.3"))
                .accessPoint("classroom").orElseThrow().config().reservations().get("server"));
    }

    @Test
    void wiredLink_addressesOutsideItsSubnet_areRefused() {
        ConfigException e = assertThrows(ConfigException.class, () -> new WiredLink("a", "b",
                Ipv4Prefix.parse("10.0.0.0/30"), ip("10.0.0.1"), ip("10.0.0.3"), LinkConfig.of(1000, 0)));
        assertEquals("addresses", e.parameter());
        assertEquals("address 10.0.0.3 is the broadcast address of 10.0.0.0/30, not a host", e.problem());
    }
}
