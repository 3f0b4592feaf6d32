package org.udpsim.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.scenario.ScenarioLoader;

/** An access point's {@code rssi:} is the signal strength its boards report when they join, as the firmware prints it. */
class AccessPointRssiTest {
    @TempDir
    Path tmp;

    @Test
    void aBoardFarFromTheAccessPoint_printsTheWeakerSignal() throws IOException {
        Path file = tmp.resolve("far.yaml");
        Files.writeString(file, """
                name: far corner
                duration: 8s
                network:
                  routers: {gateway: {}}
                  access_points:
                    classroom: {ssid: ssid, password: password, uplink: gateway, rssi: -78}
                boards:
                  server: {program: java:udp-server, ip: 192.168.0.3}
                """);
        ScenarioRun.run(ScenarioLoader.load(file), tmp.resolve("out"));
        String console = Files.readString(tmp.resolve("out/console/server.txt"));
        assertTrue(console.contains("WiFi(ssid,-78dBm) Connection Successful"), console);
    }
}
