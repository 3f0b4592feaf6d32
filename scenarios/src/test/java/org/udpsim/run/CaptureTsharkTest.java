package org.udpsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.udpsim.tools.ExternalTool;

/**
 * Every capture of every shipped lesson, read by the real Wireshark with checksum validation on: no malformed packet,
 * no bad checksum, and the same datagrams as {@code summary.json} counts. The reader is sharkd, the Wireshark engine
 * that comes with tshark (Debian's wireshark-common): one process per run opens each capture file in turn, as
 * Wireshark opens a file (every file decoded on its own, nothing carried over from the one before), and lists its
 * frames with the fields the checks need.
 */
class CaptureTsharkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One frame as Wireshark reads it: addresses and ports (0 when the frame has none). */
    record Frame(String src, String dst, int srcPort, int dstPort, String protocol) {
    }

    @TestFactory
    Stream<DynamicTest> everyLessonsCaptures_decodeCleanly_andCountWhatTheSummaryCounts() throws IOException {
        Path sharkd = ExternalTool.require("sharkd", "wireshark-common");
        return LessonRuns.lessonFiles().stream().map(lesson -> DynamicTest.dynamicTest(
                lesson.getFileName().toString(), () -> checkRun(sharkd, LessonRuns.of(lesson))));
    }

    @Test
    void problemCheck_findsABadChecksumAndABadLength() throws Exception {
        Path sharkd = ExternalTool.require("sharkd", "wireshark-common");
        Path run = LessonRuns.of(Path.of("lessons", "10.4-udp.yaml"));
        byte[] pcap = Files.readAllBytes(run.resolve("capture/client.pcap"));
        pcap[24 + 16 + 30] ^= 1; // a bit of the first packet's UDP payload
        Path bad = Files.createTempFile("bad-", ".pcap");
        try {
            Files.write(bad, pcap);
            assertEquals(1, problems(sharkd, bad).size(), "the check would see a corrupted packet");
            pcap[24 + 16 + 2] ^= 0x10; // and the IPv4 total length of the same packet
            Files.write(bad, pcap);
            List<String> problems = problems(sharkd, bad);
            assertTrue(problems.get(0).startsWith("frame 1: "), problems.toString());
        } finally {
            Files.delete(bad);
        }
    }

    @Test
    void problemCheck_refusesACaptureCutShort() throws Exception {
        Path sharkd = ExternalTool.require("sharkd", "wireshark-common");
        Path run = LessonRuns.of(Path.of("lessons", "10.4-udp.yaml"));
        byte[] pcap = Files.readAllBytes(run.resolve("capture/client.pcap"));
        Path cut = Files.createTempFile("cut-", ".pcap");
        try {
            Files.write(cut, Arrays.copyOf(pcap, pcap.length - 10)); // the last packet lacks its end
            AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> decode(sharkd, List.of(cut)));
            assertTrue(e.getMessage().contains("cut short"), e.getMessage());
        } finally {
            Files.delete(cut);
        }
    }

    private static void checkRun(Path sharkd, Path run) throws Exception {
        JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
        if (summary.has("compare")) {
            for (JsonNode protocol : summary.get("compare")) {
                checkRun(sharkd, run.resolve(protocol.asText()));
            }
            return;
        }
        List<Path> captures;
        try (Stream<Path> s = Files.list(run.resolve("capture"))) {
            captures = s.sorted().toList();
        }
        assertTrue(captures.size() >= 3, "a capture per node: " + captures);
        Map<Path, List<Decoded>> decoded = decode(sharkd, captures);
        for (Path c : captures) {
            List<String> problems = decoded.get(c).stream().map(Decoded::problem)
                    .filter(java.util.Objects::nonNull).toList();
            assertTrue(problems.isEmpty(), c.getFileName() + ": " + problems);
        }
        long arrivedAtBoards = 0;
        long deliveredOrDroppedAtBoards = 0;
        Iterator<Map.Entry<String, JsonNode>> boards = summary.get("boards").fields();
        while (boards.hasNext()) {
            Map.Entry<String, JsonNode> b = boards.next();
            String ip = b.getValue().get("ip").asText();
            List<Frame> frames = decoded.get(run.resolve("capture/" + b.getKey() + ".pcap")).stream()
                    .map(Decoded::frame).filter(java.util.Objects::nonNull).toList();
            for (JsonNode flow : summary.get("flows")) {
                String[] src = flow.get("src").asText().split(":");
                String[] dst = flow.get("dst").asText().split(":");
                if (!src[0].equals(b.getKey())) {
                    continue;
                }
                long sent = frames.stream().filter(f -> f.protocol().equals(flow.get("protocol").asText())
                        && f.src().equals(ip) && f.srcPort() == Integer.parseInt(src[1])
                        && f.dst().equals(dst[0]) && f.dstPort() == Integer.parseInt(dst[1])).count();
                assertEquals(flow.get("sent").asLong(), sent, b.getKey() + " sent " + flow);
            }
            arrivedAtBoards += frames.stream().filter(f -> !f.src().equals(ip)).count();
            deliveredOrDroppedAtBoards += dropsAt(summary, b.getKey());
        }
        for (JsonNode flow : summary.get("flows")) {
            // a broadcast's copies are counted one per receiver; its top-level figures count datagrams
            JsonNode counted = flow.has("broadcast") ? flow.get("broadcast") : flow;
            deliveredOrDroppedAtBoards += counted.get("delivered").asLong();
        }
        assertEquals(deliveredOrDroppedAtBoards, arrivedAtBoards,
                "what the boards' captures hold arriving = delivered + dropped at a board");
    }

    private static long dropsAt(JsonNode summary, String node) {
        long n = 0;
        Iterator<Map.Entry<String, JsonNode>> drops = summary.get("drops_by_place").fields();
        while (drops.hasNext()) {
            Map.Entry<String, JsonNode> d = drops.next();
            if (d.getKey().startsWith(node + " ")) {
                n += d.getValue().asLong();
            }
        }
        return n;
    }

    /** Expert info groups, as Wireshark names them: checksum and malformed-packet complaints. */
    static final String CHECKSUM_GROUP = "Checksum";
    static final String MALFORMED_GROUP = "Malformed";

    /** The fields listed of every frame, one column each (":0": every occurrence, joined by commas). */
    static final List<String> FIELDS = List.of("ip.src", "ip.dst", "udp.srcport", "udp.dstport", "tcp.srcport",
            "tcp.dstport", "_ws.malformed", "_ws.expert.group", "_ws.expert.message", "ip.checksum.status",
            "udp.checksum.status", "tcp.checksum.status", "icmp.checksum.status");

    /**
     * Every frame of each of {@code captures} as Wireshark decodes it, checksums validated: one sharkd run, which
     * opens each file in turn and lists its frames.
     */
    static Map<Path, List<Decoded>> decode(Path sharkd, List<Path> captures) throws Exception {
        List<String> requests = new ArrayList<>(); // request k has id k + 1 (sharkd takes positive ids)
        for (String checksum : List.of("ip", "udp", "tcp")) {
            Map<String, String> pref = new LinkedHashMap<>();
            pref.put("name", checksum + ".check_checksum");
            pref.put("value", "TRUE");
            requests.add(request(requests.size() + 1, "setconf", pref));
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            columns.put("column" + i, FIELDS.get(i) + ":0");
        }
        for (Path c : captures) {
            requests.add(request(requests.size() + 1, "load", Map.of("file", c.toAbsolutePath().toString())));
            requests.add(request(requests.size() + 1, "frames", columns));
        }
        ExternalTool.Result r = ExternalTool.run(List.of(sharkd.toString(), "-"), String.join("\n", requests) + "\n");
        assertEquals(0, r.exitCode(), "sharkd failed on " + captures + ": " + r.err());
        // a file sharkd cannot read (to its end) is said on stderr, as tshark says it
        List<String> complaints = r.err().lines().filter(l -> l.startsWith("sharkd:")).toList();
        assertTrue(complaints.isEmpty(), complaints.toString());
        Map<Integer, JsonNode> replies = new HashMap<>();
        for (String line : r.out().lines().toList()) {
            JsonNode reply = JSON.readTree(line);
            replies.put(reply.get("id").asInt(), reply);
        }
        for (int k = 0; k < requests.size(); k++) {
            JsonNode reply = replies.get(k + 1);
            String what = requests.get(k) + " -> " + reply;
            assertTrue(reply != null && reply.has("result") && !reply.has("error"), what);
            if (k < 3 || (k - 3) % 2 == 0) { // each setconf and load says OK
                assertEquals("OK", reply.get("result").path("status").asText(), what);
            }
        }
        Map<Path, List<Decoded>> out = new LinkedHashMap<>();
        for (int i = 0; i < captures.size(); i++) {
            List<Decoded> frames = new ArrayList<>();
            for (JsonNode row : replies.get(3 + 2 * i + 2).get("result")) { // the frames request after its load
                List<String> f = new ArrayList<>();
                row.get("c").forEach(v -> f.add(v.asText()));
                boolean udp = !f.get(2).isEmpty();
                boolean tcp = !f.get(4).isEmpty();
                Frame frame = udp || tcp ? new Frame(f.get(0), f.get(1), Integer.parseInt(udp ? f.get(2) : f.get(4)),
                        Integer.parseInt(udp ? f.get(3) : f.get(5)), udp ? "udp" : "tcp") : null;
                List<String> groups = List.of(f.get(7).split(","));
                boolean bad = !f.get(6).isEmpty() || groups.contains(CHECKSUM_GROUP)
                        || groups.contains(MALFORMED_GROUP);
                for (int k = 9; k <= 12; k++) {
                    // checksum status: Bad, Good, or Unverified (not checked)
                    bad |= List.of(f.get(k).split(",")).contains("Bad");
                }
                frames.add(new Decoded(frame, bad ? "frame " + row.get("num").asInt() + ": " + f.get(8) : null));
            }
            assertEquals(records(captures.get(i)), frames.size(),
                    captures.get(i) + ": every frame of the file decoded");
            out.put(captures.get(i), frames);
        }
        return out;
    }

    /** One JSON-RPC request line to sharkd. */
    private static String request(int id, String method, Map<String, String> params) {
        ObjectNode r = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        params.forEach(r.putObject("params")::put);
        return r.toString();
    }

    /** How many packet records a pcap file holds, counted from its record headers. */
    static long records(Path pcap) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(pcap));
        int magic = b.getInt(0);
        if (magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) {
            b.order(ByteOrder.LITTLE_ENDIAN);
        }
        long n = 0;
        for (int at = 24; at + 16 <= b.limit(); at += 16 + b.getInt(at + 8)) {
            n++;
        }
        return n;
    }

    /** A decoded frame: its addresses (null for a frame that is neither UDP nor TCP) and Wireshark's complaint. */
    record Decoded(Frame frame, String problem) {
    }

    static List<String> problems(Path sharkd, Path capture) throws Exception {
        return decode(sharkd, List.of(capture)).get(capture).stream().map(Decoded::problem)
                .filter(java.util.Objects::nonNull).toList();
    }
}
