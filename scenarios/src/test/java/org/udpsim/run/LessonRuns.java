package org.udpsim.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
 * their report ({@code report.html}, {@code charts/} with each chart's CSV). The folder starts empty in each test
 * JVM, so everything in it was written by this JVM's runs.
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

    /** The folder all lessons' runs are written into, created (empty) on first use. */
    public static synchronized Path root() {
        if (root == null) {
            root = emptied(Path.of("target", "lesson-runs"));
        }
        return root;
    }

    private static Path emptied(Path folder) {
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output folder of {@code lesson} (its file name), run on first use. */
    public static synchronized Path of(Path lesson) {
        return RUNS.computeIfAbsent(lesson.getFileName().toString(), name -> {
            try {
                Path out = root().resolve(name.replaceFirst("\\.ya?ml$", ""));
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
