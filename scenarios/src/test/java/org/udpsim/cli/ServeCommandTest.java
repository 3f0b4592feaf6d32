package org.udpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.serve.Refused;

/**
 * {@code udpsim serve}: a port in use and a bad scenario are one line and exit 2; a change the scenario refuses is
 * refused with exactly the lines {@code udpsim run} prints for the same arguments; stopping the process removes its
 * temporary files and prints one line.
 */
class ServeCommandTest {
    private static final Path COMPARISON = Path.of("lessons", "udp-vs-tcp.yaml");
    private static final Path LOSSY = Path.of("lessons", "10.4-udp-lossy-wifi.yaml");

    @TempDir
    Path tmp;

    @Test
    void aPortInUse_isOneLineNamingThePortAndTheOption_exit2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            ReportCommandTest.Result r = ReportCommandTest.udpsim("serve", COMPARISON.toString(), "--port",
                    Integer.toString(port));
            assertEquals(2, r.code());
            assertEquals("udpsim: port " + port + " is in use on 127.0.0.1: choose another with --port N (--port 0"
                    + " picks a free one)\n", r.err());
            assertEquals("", r.out());
        }
        ReportCommandTest.Result bad = ReportCommandTest.udpsim("serve", COMPARISON.toString(), "--port", "70000");
        assertEquals(2, bad.code());
        assertEquals("udpsim: --port must be 0-65535, was 70000\n", bad.err());
    }

    @Test
    void aBadScenario_isTheSameLineAsValidate_exit2() throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, Files.readString(COMPARISON).replace("retries: 0", "retries: 300"));
        ReportCommandTest.Result serve = ReportCommandTest.udpsim("serve", file.toString(), "--port", "0");
        ReportCommandTest.Result validate = ReportCommandTest.udpsim("validate", file.toString());
        assertEquals(2, serve.code());
        assertEquals(1, serve.err().lines().count(), serve.err());
        assertTrue(serve.err().contains("retries must be 0-255, got 300"), serve.err());
        assertEquals(validate.err(), serve.err());
        ReportCommandTest.Result missing = ReportCommandTest.udpsim("serve", tmp.resolve("none.yaml").toString());
        assertEquals(2, missing.code());
        assertEquals(ReportCommandTest.udpsim("run", tmp.resolve("none.yaml").toString()).err(), missing.err());
    }

    @Test
    void aRefusedChange_isRefusedWithTheLinesUdpsimRunPrints_andWritesNothing() throws Exception {
        List<List<String>> changes = List.of(
                List.of("--set", "impairments.0.loss=150%"),
                List.of("--set", "impairments.0.delay={time: 20ms, jitter: abc}"),
                List.of("--seed", "abc"),
                List.of("--set", "network.access_points.classroom.retries=300"),
                List.of("--set", "network.access_points.classroom.radio=loss 150%"));
        for (List<String> change : changes) {
            Path served = tmp.resolve("served");
            Refused refused = assertThrows(Refused.class, () -> ServeCommand.rerun(COMPARISON).run(change, served));
            List<String> args = new ArrayList<>(List.of("run", COMPARISON.toString()));
            args.addAll(change);
            args.addAll(List.of("--out", tmp.resolve("cli").toString()));
            ReportCommandTest.Result cli = ReportCommandTest.udpsim(args.toArray(String[]::new));
            assertEquals(2, cli.code());
            assertEquals(cli.err().lines().findFirst().orElseThrow(), refused.lines().get(0), change.toString());
            assertEquals(1, refused.lines().size(), refused.lines().toString());
            assertFalse(Files.exists(served), change.toString());
        }
        Refused netem = assertThrows(Refused.class, () -> ServeCommand.rerun(LOSSY)
                .run(List.of("--set", "impairments.0.netem=loss 150% delay 150ms"), tmp.resolve("served")));
        assertEquals(List.of("--set impairments.0.netem=loss 150% delay 150ms: loss must be between 0% and 100%,"
                + " was 150%"), netem.lines());
    }

    @Test
    void stoppingTheServer_removesItsTemporaryFiles_andPrintsOneLine() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", COMPARISON.toString(), "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String first = out.readLine();
            Matcher url = Pattern.compile("serving lessons/udp-vs-tcp\\.yaml at (http://127\\.0\\.0\\.1:[0-9]+/)"
                    + "  \\(Ctrl-C stops\\)").matcher(first == null ? "" : first);
            assertTrue(url.matches(), first);
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            p.toHandle().destroy(); // SIGTERM, as Ctrl-C's SIGINT runs the shutdown hooks; the streams stay open
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            List<String> rest = out.lines().toList();
            assertEquals(1, rest.size(), rest.toString());
            Matcher removed = Pattern.compile("udpsim serve: stopped; removed (.+)").matcher(rest.get(0));
            assertTrue(removed.matches(), rest.get(0));
            assertTrue(Path.of(removed.group(1)).getFileName().toString().startsWith("udpsim-serve-"));
            assertFalse(Files.exists(Path.of(removed.group(1))), removed.group(1));
        } finally {
            p.destroyForcibly();
        }
    }
}
