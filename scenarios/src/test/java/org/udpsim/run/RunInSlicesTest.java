package org.udpsim.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioLoader;

/**
 * A run told about its progress runs in slices of simulated time; the same scenario and seed give byte for byte
 * the same trace, consoles, summary and report as in one piece (a lesson on Python boards, and TCP with its timers):
 * the run in one piece is the lesson's shared run ({@link LessonRuns}), the sliced one is asked for in the same way.
 */
class RunInSlicesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"10.4-udp-lossy-wifi", "10.3-tcp"})
    void run_withProgress_isTheSameRun(String lesson) throws IOException {
        Path file = Path.of("lessons", lesson + ".yaml");
        Scenario s = ScenarioLoader.load(file);
        Path whole = LessonRuns.of(file); // the lesson's shared run, in one piece
        Path sliced = tmp.resolve(whole.getFileName().toString());
        List<long[]> told = new ArrayList<>();
        ScenarioRun.run(s, sliced, LessonRuns.options(s, (now, end) -> told.add(new long[] {now, end})));

        assertEquals(1000, told.size(), "a thousandth of the duration a slice");
        for (int i = 1; i < told.size(); i++) {
            assertTrue(told.get(i)[0] > told.get(i - 1)[0]);
        }
        assertArrayEquals(new long[] {s.durationNanos(), s.durationNanos()}, told.get(told.size() - 1));
        for (Path f : files(whole)) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(sliced.resolve(f)),
                    lesson + ": " + f);
        }
        assertEquals(files(whole), files(sliced));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }
}
