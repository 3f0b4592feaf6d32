package org.udpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int udpsim(String... args) {
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path write(String name, String yaml) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void run_tutorial_printsTheSummaryAndWritesTheFolder() {
        Path dir = tmp.resolve("out");
        assertEquals(0, udpsim("run", "lessons/10.4-udp.yaml", "--out", dir.toString(), "--duration", "12s"));
        String text = out.toString();
        assertTrue(text.contains("udp client:"), text);
        assertTrue(text.contains("OLED: hello message from m | from192.168.0.2"), text);
        assertTrue(text.contains("wrote " + dir), text);
        assertTrue(Files.exists(dir.resolve("summary.json")));
        assertEquals("", err.toString());
    }

    @Test
    void run_seedAndSetOverrides_changeTheRun() throws IOException {
        Path dir = tmp.resolve("late");
        assertEquals(0, udpsim("run", "lessons/10.4-udp.yaml", "--out", dir.toString(), "--seed", "5",
                "--set", "boards.client.start=20s"));
        String summary = Files.readString(dir.resolve("summary.json"));
        assertTrue(summary.contains("\"seed\" : 5"), summary);
        assertTrue(summary.contains("\"sent\" : 4,") || summary.contains("\"sent\" : 3,"),
                "a client starting at 20 s sends 3 or 4 datagrams by 30 s: " + summary);
    }

    @Test
    void run_malformedScenario_saysWhereAndWhat_exit2_andWritesNothing() throws IOException {
        Path bad = write("bad.yaml", "name: x\nduration: 0s\nbords: {}\n");
        Path dir = tmp.resolve("never");
        assertEquals(2, udpsim("run", bad.toString(), "--out", dir.toString()));
        String[] lines = err.toString().trim().split("\\R");
        assertEquals(2, lines.length, err.toString());
        assertEquals(bad + ":2:11: duration must be more than 0, got 0s", lines[0]);
        assertTrue(lines[1].startsWith(bad + ":3:1: unknown key 'bords'") && lines[1].endsWith("did you mean 'boards'?"),
                lines[1]);
        assertFalse(Files.exists(dir));
        assertEquals("", out.toString());
    }

    @Test
    void run_yamlSyntaxError_isOneLineWithItsPosition() throws IOException {
        Path bad = write("syntax.yaml", "name: x\nduration: 10s\nboards: {a: [\n");
        assertEquals(2, udpsim("validate", bad.toString()));
        String e = err.toString().trim();
        assertFalse(e.contains("\n"), e);
        assertTrue(e.matches("\\Q" + bad + "\\E:\\d+:\\d+: .+"), e);
        assertFalse(e.contains("Exception"), "no stack trace: " + e);
    }

    @Test
    void run_failingRun_leavesAnEarlierRunsFolderAsItWas() throws IOException {
        Path dir = tmp.resolve("kept");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.json"), "earlier");
        Path bad = write("twice.yaml", """
                name: two boards on one address
                duration: 10s
                network:
                  access_points:
                    ap: {ssid: s, password: password}
                boards:
                  a: {program: java:udp-server, ip: 192.168.0.3}
                  b: {program: java:udp-server, ip: 192.168.0.3}
                """);
        assertEquals(2, udpsim("run", bad.toString(), "--out", dir.toString()));
        assertTrue(err.toString().contains("192.168.0.3"), err.toString());
        assertEquals("earlier", Files.readString(dir.resolve("summary.json")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".writing-")));
        }
    }

    @Test
    void run_missingFile_isAUserMistake() {
        assertEquals(2, udpsim("run", tmp.resolve("nope.yaml").toString()));
        assertTrue(err.toString().contains("no such scenario file"), err.toString());
    }

    @Test
    void validate_everyShippedLesson_isValid() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("lessons"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                assertEquals(0, udpsim("validate", f.toString()), f + ": " + err);
            }
        }
        assertTrue(out.toString().contains("10.4-udp.yaml: valid: 2 boards"), out.toString());
    }

    @Test
    void run_outputWhereAFileIs_isAUserMistake_withoutAStackTrace() throws IOException {
        Path file = write("taken", "not a folder");
        assertEquals(2, udpsim("run", "lessons/10.4-udp.yaml", "--out", file.toString()));
        assertEquals("udpsim: " + file.toAbsolutePath() + " exists and is not a folder", err.toString().trim());
        assertEquals("not a folder", Files.readString(file), "the file is left as it was");
    }

    @Test
    void run_outputUnderAMissingPlace_saysWhichPath() throws IOException {
        Path file = write("plain", "x");
        assertEquals(2, udpsim("run", "lessons/10.4-udp.yaml", "--out", file.resolve("sub").toString()));
        String e = err.toString().trim();
        assertTrue(e.startsWith("udpsim: ") && !e.contains("\tat ") && !e.contains("Exception"), e);
    }
}
