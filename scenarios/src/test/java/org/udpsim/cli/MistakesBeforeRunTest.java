package org.udpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code validate} and {@code run} find before anything runs: netem's warnings (printed, kept in run.json and
 * the report; mistakes with --strict) and malformed teaching points, each at its line, the same from both commands.
 */
class MistakesBeforeRunTest {
    private static final String SCENARIO = """
            name: a hop with surprising netem options
            duration: 3s
            seed: 1
            network:
              routers: {gateway: {}}
              access_points:
                classroom: {ssid: ssid, password: password, subnet: 192.168.0.0/24, uplink: gateway}
            impairments:
              - {hop: client -> classroom, netem: "loss 10% 25% delay 10ms 50ms"}
            boards:
              server: {program: java:udp-server, ip: 192.168.0.3}
              client: {program: java:udp-client, start: 1s}
            expect:
              - name: the server receives
                THAT
            """;
    private static final String GOOD_POINT = "that: \"flow('udp').sent >= 0\"";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int udpsim(String... args) {
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** The scenario with {@code point} as its teaching point's condition; {@code ;;} starts another line of it. */
    private Path scenario(String point) throws IOException {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, SCENARIO.replace("THAT", point.replace(";;", "\n    ")));
        return f;
    }

    private List<String> errLines() {
        String e = err.toString().strip();
        return e.isEmpty() ? List.of() : List.of(e.split("\\R"));
    }

    @Test
    void validate_printsNetemWarningsAtTheirLine_andSucceeds() throws IOException {
        Path f = scenario(GOOD_POINT);
        assertEquals(0, udpsim("validate", f.toString()));
        assertEquals(List.of(
                f + ":9:39: warning: delay 10ms 50ms: the jitter is larger than the delay, so some drawn delays fall"
                        + " below zero and those packets are sent at once; the mean delay is then more than 10ms",
                f + ":9:39: warning: loss 10% 25%: netem deprecates loss correlation: averaging each draw with the"
                        + " previous one narrows the draws, so far fewer than 10% of packets are lost; for bursts of"
                        + " losses use \"loss gemodel\""), errLines());
        assertTrue(out.toString().contains("valid: 2 boards"), out.toString());
    }

    @Test
    void run_printsTheSameWarnings_andKeepsThemInRunJsonAndTheReport() throws IOException {
        Path f = scenario(GOOD_POINT);
        Path dir = tmp.resolve("out");
        assertEquals(0, udpsim("run", f.toString(), "--out", dir.toString(), "--report"));
        assertEquals(2, errLines().size(), err.toString());
        assertTrue(errLines().stream().allMatch(l -> l.startsWith(f + ":9:39: warning: ")), err.toString());
        JsonNode hops = new ObjectMapper().readTree(dir.resolve("run.json").toFile()).get("impairments");
        JsonNode client = null;
        for (JsonNode h : hops) {
            if (h.get("from").asText().equals("client")) {
                client = h;
            } else {
                assertFalse(h.has("warnings"), "only the client's hop has warnings: " + h);
            }
        }
        assertEquals(2, client.get("warnings").size(), client.toString());
        assertTrue(client.get("warnings").get(1).asText().startsWith("loss 10% 25%: netem deprecates"), client.toString());
        String report = Files.readString(dir.resolve("report.html"));
        assertTrue(report.contains("<p class=\"warning\">Warning: loss 10% 25%: netem deprecates loss correlation"),
                "the report shows the warning beside its hop");
    }

    @Test
    void strict_makesEveryWarningAMistake_andRunWritesNothing() throws IOException {
        Path f = scenario(GOOD_POINT);
        Path dir = tmp.resolve("never");
        assertEquals(2, udpsim("run", f.toString(), "--strict", "--out", dir.toString()));
        assertEquals(2, errLines().size(), err.toString());
        assertTrue(errLines().get(0).startsWith(f + ":9:39: delay 10ms 50ms: the jitter is larger"), err.toString());
        assertTrue(errLines().get(0).endsWith("(an error with --strict)"), err.toString());
        assertFalse(Files.exists(dir));
        assertEquals("", out.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "that: \"flw('udp').sent > 0\"           | 14:5: teaching point 'the server receives': unsolvable function/method 'flw(String)' (at column 4); did you mean 'flow'?",
        "that: \"\"                              | 15:11: that must not be empty",
        "that: {}                                | 15:11: expected text, got a mapping",
        "measure: \"flow('udp').delivered_share\" | 14:5: missing required key 'between' in expect.0",
        "measure: \"flow('udp').delivered_share\";;between: [0.9, 0.1] | 16:14: the range must go from low to high, got [0.9, 0.1]",
    })
    void malformedTeachingPoint_isFoundByValidateAndRun_atItsLine_beforeAnythingRuns(String point, String says)
            throws IOException {
        Path f = scenario(point.strip());
        assertEquals(2, udpsim("validate", f.toString()));
        List<String> fromValidate = errLines().stream().filter(l -> !l.contains(": warning: ")).toList();
        err.getBuffer().setLength(0);
        Path dir = tmp.resolve("never");
        assertEquals(2, udpsim("run", f.toString(), "--out", dir.toString()));
        List<String> fromRun = errLines().stream().filter(l -> !l.contains(": warning: ")).toList();
        assertEquals(List.of(f + ":" + says.strip()), fromValidate);
        assertEquals(fromValidate, fromRun);
        assertFalse(Files.exists(dir));
    }

    @Test
    void aDurationOverADay_isRefusedAtItsLine_unlessAllowLong() throws IOException {
        Path f = scenario(GOOD_POINT);
        Files.writeString(f, Files.readString(f).replace("duration: 3s", "duration: 5256000min"));
        Path dir = tmp.resolve("never");
        assertEquals(2, udpsim("run", f.toString(), "--out", dir.toString()));
        assertEquals(List.of(f + ":2:11: duration 5256000min is more than 24 hours (1440min), longer than a lesson"
                + " needs; pass --allow-long to run it anyway"), errLines());
        assertFalse(Files.exists(dir));
        err.getBuffer().setLength(0);
        // ten years of the client's datagrams are also far more trace than a run may write
        assertEquals(0, udpsim("validate", f.toString(), "--allow-long", "--allow-large"));
    }

    @Test
    void aRunWhoseTraceWouldPassAGigabyte_isRefusedAtTheSender_unlessAllowLarge() throws IOException {
        Path f = scenario(GOOD_POINT);
        Files.writeString(f, Files.readString(f).replace("duration: 3s", "duration: 600min"));
        Path dir = tmp.resolve("never");
        assertEquals(2, udpsim("run", f.toString(), "--out", dir.toString(), "--set",
                "boards.client.args.every=10ms"));
        assertEquals(List.of(f + ":12:3: the run's trace would be about 3.4 GB, most of it from 'client' (about"
                + " 3599900 packets and copies in 600min, each about 1 KB of trace), more than a lesson needs (at most"
                + " 1 GB); shorten the duration or slow the sender, or pass --allow-large to run it anyway"),
                errLines());
        assertFalse(Files.exists(dir));
        err.getBuffer().setLength(0);
        assertEquals(0, udpsim("validate", f.toString(), "--set", "boards.client.args.every=10ms",
                "--allow-large"));
        err.getBuffer().setLength(0);
        assertEquals(0, udpsim("validate", f.toString()), "a datagram every 2 s for 10 h is about 17 MB: " + err);
    }

    @Test
    void moreThanAThousandBoards_areRefused_unlessAllowLarge() throws IOException {
        Path f = scenario(GOOD_POINT);
        Files.writeString(f, Files.readString(f).replace("  client: {program: java:udp-client, start: 1s}",
                "  client: {program: java:udp-client, start: 1s}\n"
                        + "  pupils: {count: 999, program: udp-sender, args: {to: 192.168.0.3:6000}}"));
        assertEquals(2, udpsim("validate", f.toString()));
        assertEquals(List.of(f + ":10:1: 1001 boards are more than a classroom needs (at most 1000); pass"
                + " --allow-large to run them anyway"), errLines());
    }

    @Test
    void aFileOverAMegabyte_isRefusedFromItsSize_unlessAllowLarge() throws IOException {
        Path f = scenario(GOOD_POINT);
        // 4 MB: past the YAML reader's own limit of 3 MB too, which --allow-large lifts with the size bound
        Files.writeString(f, Files.readString(f) + "#" + "x".repeat(4 << 20) + "\n");
        assertEquals(2, udpsim("validate", f.toString()));
        assertEquals(List.of(f + ": the file is 4.0 MB, more than a scenario needs (at most 1024 KB); pass"
                + " --allow-large to read it anyway"), errLines());
        err.getBuffer().setLength(0);
        assertEquals(0, udpsim("validate", f.toString(), "--allow-large"), String.join("\n", errLines()));
    }

    @Test
    void aFolderGivenAsTheFile_isSaidToBeAFolder() throws IOException {
        Path d = Files.createDirectory(tmp.resolve("lesson.yaml"));
        assertEquals(2, udpsim("validate", d.toString()));
        assertEquals(List.of(d + ": is a folder, not a scenario file"), errLines());
    }
}
