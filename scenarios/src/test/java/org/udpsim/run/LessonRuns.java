package org.udpsim.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.udpsim.check.RunOutcomes;
import org.udpsim.reports.text.ReportOptions;
import org.udpsim.scenario.ScenarioLoader;

/**
 * The shipped lessons, each run once per test JVM into a shared folder, for the tests that only read runs: as
 * {@code udpsim run FILE --report} runs them, with their teaching points judged ({@code expectations.json}) and
 * their report ({@code report.html}, {@code charts/} with each chart's CSV).
 */
public final class LessonRuns {
    private static final Path LESSONS = Path.of("lessons");
    private static final Map<String, Path> RUNS = new TreeMap<>();
    private static Path root;

    private LessonRuns() {
    }

    /** The shipped lesson files, sorted. */
    public static List<Path> lessonFiles() throws IOException {
        try (Stream<Path> s = Files.list(LESSONS)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** The output folder of {@code lesson} (its file name), run on first use. */
    public static synchronized Path of(Path lesson) {
        return RUNS.computeIfAbsent(lesson.getFileName().toString(), name -> {
            try {
                if (root == null) {
                    root = Files.createDirectories(Path.of("target", "lesson-runs"));
                }
                Path out = root.resolve(name.replaceFirst("\\.ya?ml$", ""));
                var scenario = ScenarioLoader.load(lesson);
                ScenarioRun.run(scenario, out, new ScenarioRun.Options(ScenarioRun.reproduce(scenario, List.of()),
                        ReportOptions.DEFAULT, List.of(new RunOutcomes(scenario))));
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
