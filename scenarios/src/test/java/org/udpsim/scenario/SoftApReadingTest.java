package org.udpsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.net.Hop;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.wifi.AccessPointConfig;

/** {@code soft_ap:} is read into sim-core's access point configuration, and the other boards may join it. */
class SoftApReadingTest {
    @TempDir
    Path dir;

    private Scenario load(String boards) throws IOException {
        Files.writeString(dir.resolve("ap.py"), "from mpython import *\nmywifi=wifi()\n"
                + "mywifi.enable_APWiFi('mpython-ap','12345678')\n");
        Files.writeString(dir.resolve("join.py"), "from mpython import *\nmywifi=wifi()\n"
                + "mywifi.connectWiFi('mpython-ap','12345678')\n");
        return ScenarioLoader.parse("name: x\nduration: 5s\nboards:\n" + boards, dir.resolve("lesson.yaml"),
                Overrides.NONE);
    }

    @Test
    void softAp_isTheFirmwaresAccessPoint_withTheDeclaredNameAndPassword() throws IOException {
        Scenario s = load("""
                  apboard: {program: ap.py, soft_ap: {ssid: mpython-ap, password: "12345678"}}
                  client: {program: join.py, ip: 192.168.4.20}
                """);
        Board ap = s.boards().get(0);
        AccessPointConfig c = ap.softAp().orElseThrow();
        assertEquals(List.of("mpython-ap", "12345678", "192.168.4.0/24", "192.168.4.1", "192.168.4.2",
                "192.168.4.101", "4"), List.of(c.ssid(), c.password(), c.subnet().toString(), c.gateway().toString(),
                c.poolFirst().toString(), c.poolLast().toString(), String.valueOf(c.stationLimit())));
        assertEquals(Optional.empty(), ap.accessPoint(), "the access point board joins nothing");
        Board client = s.boards().get(1);
        assertEquals(Optional.of("apboard"), client.accessPoint(), "the only WiFi there is, the board's");
        assertEquals(Optional.of(Ipv4Address.parse("192.168.4.20")), client.ip());
        assertEquals(Optional.of(c), s.accessPointConfig("apboard"));
    }

    @Test
    void hopToTheBoard_isARadioHop() throws IOException {
        Scenario s = load("""
                  apboard: {program: ap.py, soft_ap: {ssid: mpython-ap, password: "12345678"}}
                  client: {program: join.py, ap: apboard}
                impairments:
                  - hop: client -> apboard
                    netem: "loss 10%"
                  - hop: apboard -> client
                    netem: "delay 5ms"
                """);
        assertEquals(List.of(new Hop("client", "apboard", Hop.Kind.RADIO), new Hop("apboard", "client",
                Hop.Kind.RADIO)), s.impairments().stream().map(Impairment::hop).toList());
    }

    @Test
    void reservationOutsideTheBoardsSubnet_isRefusedAtTheIp() throws IOException {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> load("""
                  apboard: {program: ap.py, soft_ap: {ssid: mpython-ap, password: "12345678"}}
                  client: {program: join.py, ip: 192.168.0.3}
                """));
        assertEquals(List.of("5:34: ip 192.168.0.3 is outside the subnet 192.168.4.0/24 of access point 'apboard';"
                + " choose another address"), e.problems().stream().map(p -> p.line() + ":" + p.column() + ": "
                + p.message()).toList());
    }
}
