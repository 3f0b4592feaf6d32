package org.udpsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.udpsim.tools.ExternalTool;

/**
 * Every capture of every shipped lesson, read by the real tshark with checksum validation on: no malformed packet,
 * no bad checksum, and the same datagrams as {@code summary.json} counts.
 */
class CaptureTsharkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One frame as tshark reads it: addresses and ports (0 when the frame has none). */
    record Frame(String src, String dst, int srcPort, int dstPort, String protocol) {
    }

    @TestFactory
    Stream<DynamicTest> everyLessonsCaptures_decodeCleanly_andCountWhatTheSummaryCounts() throws IOException {
        Path tshark = ExternalTool.require("tshark", "tshark");
        return LessonRuns.lessonFiles().stream().map(lesson -> DynamicTest.dynamicTest(
                lesson.getFileName().toString(), () -> checkRun(tshark, LessonRuns.of(lesson))));
    }

    @Test
    void problemCheck_findsABadChecksumAndABadLength() throws Exception {
        Path tshark = ExternalTool.require("tshark", "tshark");
        Path run = LessonRuns.of(Path.of("lessons", "10.4-udp.yaml"));
        byte[] pcap = Files.readAllBytes(run.resolve("capture/client.pcap"));
        pcap[24 + 16 + 30] ^= 1; // a bit of the first packet's UDP payload
        Path bad = Files.createTempFile("bad-", ".pcap");
        try {
            Files.write(bad, pcap);
            assertEquals(1, problems(tshark, bad).size(), "the check would see a corrupted packet");
            pcap[24 + 16 + 2] ^= 0x10; // and the IPv4 total length of the same packet
            Files.write(bad, pcap);
            assertTrue(problems(tshark, bad).get(0).startsWith("frame 1: "), problems(tshark, bad).toString());
        } finally {
            Files.delete(bad);
        }
    }

    private static void checkRun(Path tshark, Path run) throws Exception {
        JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
        if (summary.has("compare")) {
            for (JsonNode protocol : summary.get("compare")) {
                checkRun(tshark, run.resolve(protocol.asText()));
            }
            return;
        }
        List<Path> captures;
        try (Stream<Path> s = Files.list(run.resolve("capture"))) {
            captures = s.sorted().toList();
        }
        assertTrue(captures.size() >= 3, "a capture per node: " + captures);
        java.util.Map<Path, List<Decoded>> decoded = new java.util.HashMap<>();
        for (Path c : captures) {
            decoded.put(c, decode(tshark, c));
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

    /** Expert info groups (tshark -G values): checksum and malformed-packet complaints. */
    static final String CHECKSUM_GROUP = "16777216";
    static final String MALFORMED_GROUP = "117440512";

    /** Every frame of a capture as tshark decodes it, checksums validated: one tshark run. */
    static List<Decoded> decode(Path tshark, Path capture) throws Exception {
        ExternalTool.Result r = ExternalTool.run(List.of(tshark.toString(), "-n", "-r", capture.toString(),
                "-o", "ip.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE",
                "-T", "fields", "-E", "separator=|", "-E", "aggregator=;", "-e", "frame.number", "-e", "ip.src",
                "-e", "ip.dst", "-e", "udp.srcport", "-e", "udp.dstport", "-e", "tcp.srcport", "-e", "tcp.dstport",
                "-e", "_ws.malformed", "-e", "_ws.expert.group", "-e", "_ws.expert.message",
                "-e", "ip.checksum.status", "-e", "udp.checksum.status", "-e", "tcp.checksum.status",
                "-e", "icmp.checksum.status"));
        assertEquals(0, r.exitCode(), "tshark failed on " + capture + ": " + r.err());
        List<Decoded> out = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            String[] f = line.split("\\|", -1);
            boolean udp = !f[3].isEmpty();
            boolean tcp = !f[5].isEmpty();
            Frame frame = udp || tcp ? new Frame(f[1], f[2], Integer.parseInt(udp ? f[3] : f[5]),
                    Integer.parseInt(udp ? f[4] : f[6]), udp ? "udp" : "tcp") : null;
            boolean bad = !f[7].isEmpty() || List.of(f[8].split(";")).contains(CHECKSUM_GROUP)
                    || List.of(f[8].split(";")).contains(MALFORMED_GROUP);
            for (int i = 10; i <= 13; i++) {
                // checksum status: 0 bad, 1 good, 2 not checked
                bad |= List.of(f[i].split(";")).contains("0");
            }
            out.add(new Decoded(frame, bad ? "frame " + f[0] + ": " + f[9] : null));
        }
        return out;
    }

    /** A decoded frame: its addresses (null for a frame that is neither UDP nor TCP) and tshark's complaint. */
    record Decoded(Frame frame, String problem) {
    }

    static List<String> problems(Path tshark, Path capture) throws Exception {
        return decode(tshark, capture).stream().map(Decoded::problem).filter(java.util.Objects::nonNull).toList();
    }

    static List<Frame> frames(Path tshark, Path capture) throws Exception {
        return decode(tshark, capture).stream().map(Decoded::frame).filter(java.util.Objects::nonNull).toList();
    }
}
