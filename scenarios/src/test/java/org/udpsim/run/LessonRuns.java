package org.udpsim.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import org.udpsim.check.RunFacts;
import org.udpsim.check.RunOutcomes;
import org.udpsim.reports.text.ReportOptions;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioLoader;
import org.udpsim.trace.ConsoleLine;
import org.udpsim.trace.OledFrameShown;
import org.udpsim.trace.TraceRecord;

/**
 * The shipped lessons, each run once per test JVM into a shared folder, for the tests that only read runs: as
 * {@code udpsim run FILE --report} runs them, with their teaching points judged ({@code expectations.json}) and
 * their report ({@code report.html}, {@code charts/} with each chart's CSV). The folder starts empty in each test
 * JVM, so everything in it was written by this JVM's runs.
 *
 * <p>Safe for test classes running in parallel: each lesson is run once, by the first thread that asks for it, while
 * other threads asking for the same lesson wait for that run; different lessons run at the same time.
 */
public final class LessonRuns {
    private static final Path LESSONS = Path.of("lessons");
    private static final ConcurrentMap<String, FutureTask<Run>> RUNS = new ConcurrentHashMap<>();
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

    /**
     * One lesson's run: its folder, the teaching points' facts gathered as it ran, and what its boards printed and
     * showed (its {@link ConsoleLine} and {@link OledFrameShown} records, in trace order).
     */
    private record Run(Path folder, RunOutcomes outcomes, List<TraceRecord> boardsShown) {
    }

    /** Keeps the records of what the boards printed and showed; writes nothing. */
    private static final class BoardsShown implements ScenarioRun.Extra {
        private final List<TraceRecord> records = new ArrayList<>();

        @Override
        public void onRecord(TraceRecord record) {
            if (record instanceof ConsoleLine || record instanceof OledFrameShown) {
                records.add(record);
            }
        }

        @Override
        public void atEnd(ScenarioWorld world, Path folder) {
        }
    }

    /**
     * The output folder of {@code lesson} (its file name), run on first use; a caller asking while another thread
     * runs it waits for that run. A run that failed fails every caller.
     */
    public static Path of(Path lesson) {
        return run(lesson).folder();
    }

    /**
     * The run folders of {@code lesson}'s run: its folder, or for a comparison the folder of each protocol's run
     * (named in its {@code summary.json}'s {@code compare}).
     */
    public static List<Path> runFolders(Path lesson) throws IOException {
        Path out = of(lesson);
        com.fasterxml.jackson.databind.JsonNode top = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("summary.json").toFile());
        List<Path> runs = new ArrayList<>();
        if (top.has("compare")) {
            top.get("compare").forEach(p -> runs.add(out.resolve(p.asText())));
        } else {
            runs.add(out);
        }
        return runs;
    }

    /**
     * What the teaching points of {@code lesson} are judged on in its run (the one {@link #of} makes), for
     * {@link org.udpsim.check.ScenarioCheck#check(Scenario, RunFacts)}.
     */
    public static RunFacts facts(Path lesson) {
        return run(lesson).outcomes().facts();
    }

    /**
     * What the boards of {@code lesson} printed and showed in its run (the one {@link #of} makes): its console lines
     * and OLED frames, in trace order. The run's whole trace is its folder's {@code trace.jsonl}.
     */
    public static List<TraceRecord> boardsShown(Path lesson) {
        return run(lesson).boardsShown();
    }

    /** How the lesson runs are asked for: as {@code udpsim run FILE --report}, judging their teaching points. */
    public static ScenarioRun.Options options(Scenario scenario, ScenarioRun.Progress progress) {
        return options(scenario, List.of(new RunOutcomes(scenario)), progress);
    }

    private static ScenarioRun.Options options(Scenario scenario, List<ScenarioRun.Extra> extras,
            ScenarioRun.Progress progress) {
        return new ScenarioRun.Options(ScenarioRun.reproduce(scenario, List.of()), ReportOptions.DEFAULT, extras,
                progress);
    }

    private static Run run(Path lesson) {
        String name = lesson.getFileName().toString();
        FutureTask<Run> mine = new FutureTask<>(() -> run(lesson, name));
        FutureTask<Run> first = RUNS.putIfAbsent(name, mine);
        FutureTask<Run> task = first == null ? mine : first;
        task.run(); // runs it here if no thread has yet; a no-op otherwise
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the run of " + name, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("the run of " + name + " failed", e.getCause());
        }
    }

    private static Run run(Path lesson, String name) throws IOException {
        Path out = root().resolve(name.replaceFirst("\\.ya?ml$", ""));
        Scenario scenario = ScenarioLoader.load(lesson);
        RunOutcomes outcomes = new RunOutcomes(scenario);
        BoardsShown shown = new BoardsShown();
        ScenarioRun.run(scenario, out, options(scenario, List.of(outcomes, shown), ScenarioRun.Progress.NONE));
        return new Run(out, outcomes, List.copyOf(shown.records));
    }
}
