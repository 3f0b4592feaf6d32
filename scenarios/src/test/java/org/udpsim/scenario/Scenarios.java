package org.udpsim.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

/** Test helpers: load scenario text as the file {@code lesson.yaml}; get its problems as printed lines. */
final class Scenarios {
    static final Path FILE = Path.of("lesson.yaml");

    /** The example of the format description, as the brief gives it. */
    static final String EXAMPLE = """
            name: "10.4 Socket – UDP, as the tutorial runs it"    # required
            description: "..."                                       # optional
            seed: 1                                                  # default 1
            duration: 30s                                            # required, > 0; units ns us ms s min
            network:
              routers:
                gateway: {}                                          # a router; may be empty
              access_points:
                classroom:
                  ssid: ssid
                  password: password                                 # "" for open, else 8-63 chars (WPA2)
                  subnet: 192.168.0.0/24
                  gateway: 192.168.0.1                               # default: host .1 of the subnet
                  dhcp: {first: 192.168.0.2, last: 192.168.0.254}    # default: .2 .. last host
                  uplink: gateway                                    # a router name
                  radio: "delay 2ms 1ms"                             # netem options for every radio hop
                  retries: 7                                         # 802.11 unicast retry limit, 0-255
                  phy_rate: 54mbit                                   # airtime rate
                  max_stations: 64
              links:                                                 # wired point-to-point links
                - between: [gateway, laptop]
                  subnet: 10.0.0.0/30                                # first node gets host 1, second host 2
                  rate: 100mbit
                  delay: 1ms
                  queue: 1000
            boards:                                                  # mPython boards, on WiFi
              server: {program: java:udp-server, ip: 192.168.0.3}    # ip = a DHCP reservation
              client: {program: java:udp-client, start: 1s, args: {server: 192.168.0.3, port: 6000}}
              pupils: {count: 30, program: java:udp-client}          # a group: pupils-1 … pupils-30
              bob: {program: java:udp-server, ap: classroom, buttons: [{press: a, at: 5s}, {press: b, at: 7s, hold: 200ms}]}
            pcs:                                                     # PCs: on WiFi (ap:) or on a wired link
              laptop: {program: udp-sink, args: {port: 7000}}
            impairments:                                             # on one direction of one hop
              - hop: client -> classroom
                netem: "loss 20% delay 20ms 10ms reorder 10%"
              - hop: classroom -> server
                loss: 5%                                             # structured form
                delay: {time: 20ms, jitter: 10ms, distribution: normal}
            expect:                                                  # teaching points (checked later)
              - name: "UDP needs no handshake"
                that: "flow('udp').first_delivery_ms < 50"
            """;

    /** A small valid scenario to add to: one router, one access point, one board. */
    static final String MINIMAL = """
            name: minimal
            duration: 10s
            network:
              routers:
                gateway: {}
              access_points:
                classroom: {uplink: gateway}
            boards:
              server: {program: java:udp-server}
            """;

    private Scenarios() {
    }

    static Scenario load(String yaml) {
        return ScenarioLoader.parse(yaml, FILE, Overrides.NONE);
    }

    static Scenario load(String yaml, Overrides overrides) {
        return ScenarioLoader.parse(yaml, FILE, overrides);
    }

    /** The problems of {@code yaml}, each as printed: {@code lesson.yaml:LINE:COL: message}. */
    static List<String> problems(String yaml) {
        return problems(yaml, Overrides.NONE);
    }

    static List<String> problems(String yaml, Overrides overrides) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(yaml, overrides));
        return e.problems().stream().map(ScenarioProblem::toString).toList();
    }
}
