package org.udpsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.scenario.Overrides;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioLoader;
import org.udpsim.trace.TraceRecord;

/**
 * A run that stops before its end, for whatever reason, leaves no output folder, hidden or not, and an earlier
 * run's folder as it was: a write that fails (a full disk, simulated by a stream that fails), an error while the
 * simulation runs, a stop asked for between slices.
 */
class RunStopsEarlyTest {
    private static final String SCENARIO = """
            name: a short run
            seed: 1
            duration: 5s
            network:
              routers: {gateway: {}}
              access_points:
                classroom: {ssid: ssid, password: password, subnet: 192.168.0.0/24, uplink: gateway}
            boards:
              server: {program: java:udp-server, ip: 192.168.0.3}
              client: {program: java:udp-client, start: 1s}
            """;

    @TempDir
    Path tmp;

    private Scenario scenario() {
        return ScenarioLoader.parse(SCENARIO, tmp.resolve("s.yaml"), Overrides.NONE);
    }

    /** What else a run computes: here, something that fails at its {@code n}-th record. */
    private static ScenarioRun.Extra failingAt(int n, RuntimeException failure) {
        return new ScenarioRun.Extra() {
            private int seen;

            @Override
            public void onRecord(TraceRecord record) {
                if (++seen == n) {
                    throw failure;
                }
            }

            @Override
            public void atEnd(ScenarioWorld world, Path folder) {
            }
        };
    }

    private ScenarioRun.Options with(ScenarioRun.Extra extra, ScenarioRun.Progress progress) {
        Scenario s = scenario();
        return new ScenarioRun.Options(ScenarioRun.reproduce(s, List.of()), null, List.of(extra), progress);
    }

    private List<String> leftIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFullDisk_midRun_leavesNoFolder_andTheEarlierRunAsItWas() throws IOException {
        Path out = tmp.resolve("runs/s");
        ScenarioRun.run(scenario(), out);
        byte[] earlier = Files.readAllBytes(out.resolve("trace.jsonl"));
        UncheckedIOException full = new UncheckedIOException(new IOException("No space left on device"));

        RuntimeException e = assertThrows(RuntimeException.class,
                () -> ScenarioRun.run(scenario(), out, with(failingAt(3, full), ScenarioRun.Progress.NONE)));

        Throwable cause = e;
        while (cause != full && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertEquals(full, cause, "the failed write, perhaps inside the board program's failure");
        assertEquals(List.of("s"), leftIn(tmp.resolve("runs")), "no hidden folder beside the earlier run");
        assertEquals(new String(earlier), Files.readString(out.resolve("trace.jsonl")), "the earlier run is kept");
    }

    @Test
    void anErrorWhileSimulating_leavesNoFolder() throws IOException {
        Path out = tmp.resolve("runs/s");
        IllegalStateException boom = new IllegalStateException("a program failed");

        assertThrows(IllegalStateException.class,
                () -> ScenarioRun.run(scenario(), out, with(failingAt(5, boom), ScenarioRun.Progress.NONE)));

        assertEquals(List.of(), leftIn(tmp.resolve("runs")));
    }

    @Test
    void aStopAskedForBetweenSlices_leavesNoFolder() throws IOException {
        Path out = tmp.resolve("runs/s");
        class Stop extends RuntimeException {
        }
        ScenarioRun.Progress stopAtTwoSeconds = (now, end) -> {
            if (now >= 2_000_000_000L) {
                throw new Stop();
            }
        };

        assertThrows(Stop.class, () -> ScenarioRun.run(scenario(), out,
                with(failingAt(Integer.MAX_VALUE, null), stopAtTwoSeconds)));

        assertEquals(List.of(), leftIn(tmp.resolve("runs")));
    }
}
