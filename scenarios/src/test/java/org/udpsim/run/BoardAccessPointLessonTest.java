package org.udpsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.reports.report.TopologyPicture;
import org.udpsim.reports.run.RunInfo;
import org.udpsim.reports.run.RunInfoJson;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.view.ViewData;

/**
 * The lesson 10.4-udp-board-ap.yaml, from its shared run: a board that is the access point (soft_ap:, its program's
 * enable_APWiFi), four pupils that join it with no router, a fifth that is refused; the summary, run.json, the
 * trace, the topology picture and the view all have the board as the access point.
 */
class BoardAccessPointLessonTest {
    private static final Path LESSON = Path.of("lessons", "10.4-udp-board-ap.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PUPILS = List.of("pupils-1", "pupils-2", "pupils-3", "pupils-4");

    private static JsonNode summary() throws IOException {
        return JSON.readTree(LessonRuns.of(LESSON).resolve("summary.json").toFile());
    }

    @Test
    void summary_boardIsTheAccessPointAt192_168_4_1_pupilsGetItsDhcpAddresses_theFifthNone() throws IOException {
        JsonNode boards = summary().get("boards");
        assertEquals("192.168.4.1", boards.get("apboard").get("ip").asText());
        Set<String> leased = new TreeSet<>();
        for (String p : PUPILS) {
            Ipv4Address ip = Ipv4Address.parse(boards.get(p).get("ip").asText());
            assertTrue(ip.compareTo(Ipv4Address.parse("192.168.4.2")) >= 0
                    && ip.compareTo(Ipv4Address.parse("192.168.4.101")) <= 0, p + " got " + ip);
            leased.add(ip.toString());
        }
        assertEquals(Set.of("192.168.4.2", "192.168.4.3", "192.168.4.4", "192.168.4.5"), leased,
                "four stations, the pool's first four addresses, each once");
        assertEquals("0.0.0.0", boards.get("late").get("ip").asText());
        assertEquals(List.of("Connection WiFi......................",
                "refused: Timeout!,check your wifi password and keep your network unblocked"),
                lines(boards.get("late").get("last_lines")));
    }

    @Test
    void runJson_listsTheBoardAsAnAccessPoint_withItsStationsByRadio() throws IOException {
        RunInfo info = RunInfoJson.read(LessonRuns.of(LESSON).resolve(RunInfoJson.FILE));
        assertEquals(new RunInfo.Node("apboard", RunInfo.Kind.BOARD_AP, "192.168.4.1", "udp_ap_server.py",
                "mpython-ap"), info.node("apboard"));
        List<RunInfo.Connection> expected = new ArrayList<>();
        for (String s : List.of("pupils-1", "pupils-2", "pupils-3", "pupils-4", "late")) {
            expected.add(new RunInfo.Connection("apboard", s, true));
        }
        assertEquals(expected, info.connections());
        assertEquals(List.of("apboard", "pupils-1", "pupils-2", "pupils-3", "pupils-4", "late"),
                info.nodes().stream().map(RunInfo.Node::name).toList(), "no router and no other access point");
    }

    @Test
    void trace_everyRadioHopIsBetweenAPupilAndTheBoard_andTheImpairedOneAdds10ms() throws IOException {
        Set<String> hops = new TreeSet<>();
        Pattern radio = Pattern.compile("\"type\":\"radio\",\"at\":\"([^\"]+)\"");
        for (String line : Files.readAllLines(LessonRuns.of(LESSON).resolve("trace.jsonl"))) {
            Matcher m = radio.matcher(line);
            if (m.find()) {
                hops.add(m.group(1));
            }
        }
        Set<String> expected = new TreeSet<>();
        for (String p : PUPILS) {
            expected.add(p + "->apboard");
        }
        assertEquals(expected, hops, "the pupils send, the board answers nothing; 'late' never joined");
        JsonNode flows = summary().get("flows");
        assertEquals(4, flows.size());
        for (JsonNode f : flows) {
            assertTrue(f.get("dst").asText().startsWith("192.168.4.1:6000"), f.toString());
            assertEquals(f.get("sent").asLong(), f.get("delivered").asLong(), f.toString());
            assertTrue(f.get("delay_ms").get("min").asDouble() >= 10.0, f.toString());
        }
    }

    @Test
    void topologyPicture_drawsTheBoardInTheAccessPointsRow_withItsAddressAndWifi_onTopWithNoRouter()
            throws IOException {
        String svg = TopologyPicture.svg(RunInfoJson.read(LessonRuns.of(LESSON).resolve(RunInfoJson.FILE)));
        List<String> accessPointRow = texts(svg, 20);
        assertEquals(List.of("apboard", "192.168.4.1", "WiFi \"mpython-ap\""), accessPointRow);
        List<String> stations = texts(svg, 180);
        assertEquals(List.of("pupils-1", "pupils-2", "pupils-3", "pupils-4", "late"),
                stations.stream().filter(t -> t.startsWith("pupils") || t.equals("late")).toList());
    }

    @Test
    void view_hasTheBoardAsAnAccessPoint() throws IOException {
        JsonNode run = ViewData.of(LessonRuns.of(LESSON), Labels.of(Lang.EN), ViewData.MAX_EVENTS).get("runs").get(0);
        JsonNode ap = run.get("nodes").get(0);
        assertEquals("apboard", ap.get("name").asText());
        assertEquals("board_ap", ap.get("kind").asText());
        assertEquals("192.168.4.1", ap.get("ip").asText());
        assertTrue(run.get("prints").has("apboard") && run.get("frames").has("apboard"),
                "the access point board keeps its console and OLED in the view");
    }

    /** The texts of the boxes whose top is at {@code y}, in order: name, then the two detail lines. */
    private static List<String> texts(String svg, int y) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text x=\"[0-9.]+\" y=\"([0-9.]+)\" class=\"(name|detail)\"[^>]*>([^<]*)</text>")
                .matcher(svg);
        while (m.find()) {
            double ty = Double.parseDouble(m.group(1));
            if (ty > y && ty < y + 70) {
                out.add(m.group(3).replace("&quot;", "\""));
            }
        }
        return out;
    }

    private static List<String> lines(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
