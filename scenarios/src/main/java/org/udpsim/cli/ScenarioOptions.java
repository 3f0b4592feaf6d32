package org.udpsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Optional;
import org.udpsim.scenario.Overrides;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioLoader;
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

    /** Loads the scenario with the overrides applied; a mistake is a {@link org.udpsim.scenario.ScenarioException}. */
    Scenario load() {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such scenario file");
        }
        Overrides o = new Overrides(seed == null ? OptionalLong.empty() : OptionalLong.of(seed),
                Optional.ofNullable(duration), List.copyOf(sets));
        return ScenarioLoader.load(file, o);
    }
}
