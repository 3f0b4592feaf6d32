package org.udpsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Optional;
import org.udpsim.check.TeachingPoints;
import org.udpsim.scenario.Bounds;
import org.udpsim.scenario.Overrides;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioException;
import org.udpsim.scenario.ScenarioLoader;
import org.udpsim.scenario.ScenarioProblem;
import org.udpsim.scenario.ScenarioWarning;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code run} and {@code validate} share: the scenario file and the options that override it. */
final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
    Path file;

    @Option(names = "--seed", paramLabel = "N", description = "Use this seed instead of the file's.")
    Long seed;

    @Option(names = "--duration", paramLabel = "T", description = "Use this duration instead of the file's, e.g. 60s.")
    String duration;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Change one value of the file (repeatable), e.g. --set boards.client.start=2s.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--allow-long", description = "Run a scenario of more than 24 h simulated.")
    boolean allowLong;

    @Option(names = "--allow-large", description = "Read a scenario file over 1 MB, or run more than 1000 boards.")
    boolean allowLarge;

    @Option(names = "--strict", description = "Treat every warning as a mistake: print it and exit with 2 (for CI).")
    boolean strict;

    /** The options besides the file and the seed that shape the run, as they were given: for reproducing it. */
    List<String> reproduceOptions() {
        List<String> out = new ArrayList<>();
        if (duration != null) {
            out.add("--duration");
            out.add(duration);
        }
        for (String s : sets) {
            out.add("--set");
            out.add(s);
        }
        return out;
    }

    /**
     * Loads the scenario with the overrides applied and checks its teaching points, before anything runs; with
     * {@code --strict} its warnings are mistakes too. Every mistake is one line of a {@link ScenarioException}.
     */
    Scenario load() {
        if (!Files.exists(file)) {
            throw new UserError(file + ": no such scenario file");
        }
        Overrides o = new Overrides(seed == null ? OptionalLong.empty() : OptionalLong.of(seed),
                Optional.ofNullable(duration), List.copyOf(sets));
        Bounds bounds = allowLong ? Bounds.CLASSROOM.allowLong() : Bounds.CLASSROOM;
        Scenario s = ScenarioLoader.load(file, o, allowLarge ? bounds.allowLarge() : bounds);
        List<ScenarioProblem> problems = new ArrayList<>(TeachingPoints.problems(s));
        if (strict) {
            s.warnings().stream().map(ScenarioWarning::asProblem).forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            problems.sort(ScenarioProblem.BY_POSITION);
            throw new ScenarioException(problems);
        }
        return s;
    }

    /** Prints the scenario's warnings, one line each ({@code FILE:LINE:COL: warning: ...}). */
    static void printWarnings(Scenario s, PrintWriter err) {
        s.warnings().forEach(err::println);
        err.flush();
    }
}
