package org.udpsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.packet.Protocol;
import org.udpsim.scenario.Overrides;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioException;
import org.udpsim.scenario.ScenarioLoader;
import org.udpsim.trace.RadioAttempts;
import org.udpsim.trace.TraceListener;

/** A comparison runs the same stream over UDP and TCP on identical networks with common random numbers. */
class ComparisonTest {
    private static final Path LESSON = Path.of("lessons/udp-vs-tcp.yaml");

    @TempDir
    Path tmp;

    @Test
    void udpVsTcp_summaryHoldsOneFlowPerProtocol_withTheComparisonFigures() throws IOException {
        String text = ScenarioRun.run(ScenarioLoader.load(LESSON), tmp.resolve("out"));
        assertTrue(text.contains("UDP") && text.contains("TCP") && text.contains("first delivery ms"), text);
        JsonNode s = new ObjectMapper().readTree(tmp.resolve("out/summary.json").toFile());
        assertEquals("[\"udp\",\"tcp\"]", s.get("compare").toString());
        JsonNode udp = s.get("flows").get(0);
        JsonNode tcp = s.get("flows").get(1);
        assertEquals("udp", udp.get("protocol").asText());
        assertEquals("tcp", tcp.get("protocol").asText());
        for (JsonNode f : List.of(udp, tcp)) {
            assertEquals(100, f.get("sent").asLong());
            assertEquals("192.168.0.3:7000", f.get("dst").asText());
            assertTrue(f.has("first_delivery_ms") && f.has("in_order") && f.get("segments").has("handshake"));
        }
        assertTrue(udp.get("delivered").asLong() < 100, "10 % loss reaches UDP");
        assertEquals(100, tcp.get("delivered").asLong(), "TCP delivers everything");
        assertEquals(1.0, tcp.get("in_order").asDouble());
        assertTrue(udp.get("first_delivery_ms").asDouble() < tcp.get("first_delivery_ms").asDouble(),
                "UDP's first message needs no handshake");
        assertEquals(0, udp.get("segments").get("handshake").asLong());
        assertTrue(tcp.get("segments").get("retransmissions").asLong() > 0);
        for (String p : List.of("udp", "tcp")) {
            assertTrue(Files.exists(tmp.resolve("out/" + p + "/trace.jsonl")), p + " has its own run folder");
        }
    }

    @Test
    void bothRuns_meetTheSameRadioDraws_frameForFrame() throws IOException {
        Scenario s = ScenarioLoader.load(LESSON);
        List<List<Boolean>> fates = new ArrayList<>();
        for (Protocol protocol : s.compare()) {
            List<Boolean> delivered = new ArrayList<>();
            TraceListener onHop = r -> {
                if (r instanceof RadioAttempts a && a.place().equals("client->classroom")) {
                    delivered.add(a.delivered());
                }
            };
            ScenarioRun.simulate(s.over(protocol), List.of(onHop), w -> { }, w -> { });
            fates.add(delivered);
        }
        int n = Math.min(fates.get(0).size(), fates.get(1).size());
        assertTrue(n >= 100, "both runs put at least 100 frames on the hop: " + n);
        assertEquals(fates.get(0).subList(0, n), fates.get(1).subList(0, n),
                "the k-th frame on the hop is lost in both runs or in neither");
    }

    @Test
    void comparingALessonProgram_isRefusedBeforeTheRun() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("""
                name: x
                duration: 10s
                compare: [udp, tcp]
                network:
                  access_points: {ap: {ssid: s, password: password}}
                boards:
                  server: {program: java:udp-server, ip: 192.168.0.3}
                  client: {program: java:udp-client}
                """, Path.of("c.yaml"), Overrides.NONE));
        String all = e.problems().toString();
        assertTrue(all.contains("c.yaml:3:10: compare cannot pair board 'server': its program java:udp-server speaks "
                + "UDP only"), all);
        assertEquals(2, e.problems().size(), "one line per lesson board, no more: " + all);
    }

    @Test
    void aProtocolThatIsNotUdpOrTcp_isRefusedWhereItIsWritten_withTheOneMessage() {
        String scenario = """
                name: x
                duration: 10s
                compare: [udp, sctp]
                network:
                  access_points: {ap: {ssid: s, password: password}}
                boards:
                  server: {program: message-receiver, ip: 192.168.0.3, args: {protocol: icmp}}
                  client: {program: message-sender, args: {to: 192.168.0.3:7000}}
                """;
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(scenario, Path.of("c.yaml"), Overrides.NONE));
        assertEquals("c.yaml:7:73: expected udp or tcp, got 'icmp'", e.problems().get(0).toString());
        ScenarioException set = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
                scenario.replace("compare: [udp, sctp]", "compare: [udp, tcp]").replace("icmp", "udp"),
                Path.of("c.yaml"), Overrides.NONE.withSet("boards.client.args.protocol=quic")));
        assertEquals("--set boards.client.args.protocol=quic: expected udp or tcp",
                set.problems().get(0).toString());
        ScenarioException compare = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
                scenario.replace("icmp", "udp"), Path.of("c.yaml"), Overrides.NONE));
        assertEquals("c.yaml:3:16: expected udp or tcp, got 'sctp'", compare.problems().get(0).toString());
    }

    @Test
    void tcpLessonAimedAtAUdpPort_isRefusedBeforeTheRun() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("""
                name: x
                duration: 10s
                network:
                  access_points: {ap: {ssid: s, password: password}}
                boards:
                  server: {program: java:udp-server, ip: 192.168.0.3, args: {port: 5001}}
                  client: {program: java:tcp-client}
                """, Path.of("c.yaml"), Overrides.NONE));
        assertEquals("c.yaml:6:3: 'client' (java:tcp-client) sends TCP to 192.168.0.3:5001, where 'server' "
                + "(java:udp-server) takes only UDP", e.problems().get(0).toString());
    }

    @Test
    void compareOfOneProtocol_isRefused() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("""
                name: x
                duration: 10s
                compare: [tcp, tcp]
                network:
                  access_points: {ap: {ssid: s, password: password}}
                boards:
                  server: {program: message-receiver, ip: 192.168.0.3}
                  client: {program: message-sender, args: {to: "192.168.0.3:7000"}}
                """, Path.of("c.yaml"), Overrides.NONE));
        assertTrue(e.problems().toString().contains("compare names tcp twice"), e.problems().toString());
    }
}
