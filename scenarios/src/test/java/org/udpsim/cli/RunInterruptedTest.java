package org.udpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code udpsim run} stopped by a signal, in a real child process: Ctrl-C (SIGINT) and SIGTERM both stop the run,
 * delete its temporary folder and print one line, {@code interrupted at 12.3 s simulated: nothing written}; the
 * exit code is 130 for SIGINT and 143 for SIGTERM.
 */
class RunInterruptedTest {
    /** A run long enough to be stopped in the middle: a datagram every millisecond for 1000 s simulated. */
    private static final String SCENARIO = """
            name: a long run
            seed: 1
            duration: 1000s
            network:
              routers: {gateway: {}}
              access_points:
                classroom: {ssid: ssid, password: password, subnet: 192.168.0.0/24, uplink: gateway}
            boards:
              sink: {program: udp-sink, ip: 192.168.0.3}
              flood: {program: udp-sender, args: {to: "192.168.0.3:9", every: 1ms}}
            """;
    private static final String LINE = "interrupted at \\d+\\.\\d s simulated: nothing written";

    @TempDir
    Path tmp;

    /**
     * Starts {@code udpsim run} on the long scenario in a JVM of its own, with SIGINT's default action restored
     * ({@code env --default-signal=INT}): a process started in the background by a shell that is not interactive
     * inherits SIGINT ignored, and a JVM leaves an ignored SIGINT ignored.
     */
    private Process start(Path out) throws IOException {
        Path file = tmp.resolve("long.yaml");
        Files.writeString(file, SCENARIO);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder("env", "--default-signal=INT", java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", file.toString(), "--out", out.toString())
                .redirectOutput(tmp.resolve("stdout.txt").toFile()).redirectError(tmp.resolve("stderr.txt").toFile())
                .start();
    }

    /** Waits until the run is writing its trace into its temporary folder. */
    private static void awaitWriting(Path parent, Process p) throws IOException, InterruptedException {
        for (int i = 0; i < 1200 && p.isAlive(); i++) {
            try (Stream<Path> s = Files.list(parent)) {
                if (s.anyMatch(d -> d.getFileName().toString().startsWith(".out.writing-")
                        && Files.isRegularFile(d.resolve("trace.jsonl")) && size(d.resolve("trace.jsonl")) > 0)) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the run never started writing; stderr: "
                + Files.readString(parent.resolve("stderr.txt")));
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private void assertStoppedCleanly(Process p, int code) throws Exception {
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run stops");
        List<String> err = Files.readAllLines(tmp.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertEquals(1, err.size(), "one line: " + err);
        assertTrue(err.get(0).matches(LINE), err.get(0));
        assertEquals(code, p.exitValue());
        assertEquals("", Files.readString(tmp.resolve("stdout.txt")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("long.yaml", "stderr.txt", "stdout.txt"),
                    s.map(f -> f.getFileName().toString()).sorted().toList(), "no output folder, hidden or not");
        }
    }

    @Test
    void ctrlC_stopsTheRun_printsOneLine_exits130_andLeavesNoFolder() throws Exception {
        Process p = start(tmp.resolve("out"));
        awaitWriting(tmp, p);
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
        assertStoppedCleanly(p, 130);
    }

    @Test
    void sigterm_stopsTheRun_printsOneLine_exits143_andLeavesNoFolder() throws Exception {
        Process p = start(tmp.resolve("out"));
        awaitWriting(tmp, p);
        p.destroy(); // SIGTERM
        assertStoppedCleanly(p, 143);
    }
}
