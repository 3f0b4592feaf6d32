package org.udpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.udpsim.check.JUnitXml;
import org.udpsim.check.Outcome;
import org.udpsim.check.ScenarioCheck;
import org.udpsim.check.TeachingPoints;
import org.udpsim.scenario.Overrides;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioException;
import org.udpsim.scenario.ScenarioLoader;
import org.udpsim.scenario.ScenarioProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code udpsim check FILE|DIR...}: checks the teaching points of scenarios. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run every scenario that has teaching points (expect:) and check them.",
                "It prints PASS or FAIL for each teaching point, then 'N passed, N failed', and exits with 0 only when "
                        + "all pass (1 when one fails)."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Scenario files, or folders of them.")
    List<Path> paths;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write a JUnit XML report, for CI systems.")
    Path junitXml;

    @Override
    public Integer call() throws IOException {
        Map<Path, Scenario> scenarios = new LinkedHashMap<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Path f : files()) {
            try {
                Scenario s = ScenarioLoader.load(f, Overrides.NONE);
                if (!s.expectations().isEmpty()) {
                    problems.addAll(TeachingPoints.problems(s));
                    scenarios.put(f, s);
                }
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        if (scenarios.isEmpty()) {
            throw new UserError("no scenario in " + paths + " has teaching points (expect:)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<Path, List<Outcome>> results = new LinkedHashMap<>();
        int passed = 0;
        int failed = 0;
        for (Map.Entry<Path, Scenario> e : scenarios.entrySet()) {
            out.println(e.getKey() + ": " + e.getValue().name());
            List<Outcome> outcomes = ScenarioCheck.check(e.getValue());
            results.put(e.getKey(), outcomes);
            for (Outcome o : outcomes) {
                out.println("  " + o.line());
                if (o.passed()) {
                    passed++;
                } else {
                    failed++;
                }
            }
            out.flush();
        }
        if (junitXml != null) {
            JUnitXml.write(results, junitXml);
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? Main.EXIT_OK : Main.EXIT_INTERNAL;
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new UserError(p + ": no such scenario file or folder");
            }
        }
        return files;
    }
}
