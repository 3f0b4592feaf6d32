package org.udpsim.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.udpsim.packet.Protocol;
import org.udpsim.run.ScenarioRun;
import org.udpsim.scenario.Expectation;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioException;
import org.udpsim.scenario.ScenarioProblem;

/**
 * Checks a scenario's teaching points: runs it (in memory, writing nothing) with its seed, and again with seeds
 * {@code seed+1, seed+2, ...} for the points measured over replications; the runs are shared by all points.
 */
public final class ScenarioCheck {
    private final Scenario scenario;
    private final Map<Long, RunFacts> runs = new TreeMap<>();

    private ScenarioCheck(Scenario scenario) {
        this.scenario = scenario;
    }

    /**
     * Checks every teaching point of {@code scenario}.
     *
     * @throws ScenarioException if a teaching point is malformed or names something unknown (before any run)
     */
    public static List<Outcome> check(Scenario scenario) {
        return check(scenario, null);
    }

    /**
     * Checks every teaching point of {@code scenario}, with {@code atSeed} the facts of its run with its own seed
     * when that run is already made (as {@link RunOutcomes#facts()} gathers them), or null to make it.
     *
     * @throws ScenarioException if a teaching point is malformed or names something unknown (before any run)
     */
    public static List<Outcome> check(Scenario scenario, RunFacts atSeed) {
        List<ScenarioProblem> problems = TeachingPoints.problems(scenario);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        ScenarioCheck c = new ScenarioCheck(scenario);
        if (atSeed != null) {
            c.runs.put(scenario.seed(), atSeed);
        }
        List<Outcome> out = new ArrayList<>();
        for (Expectation e : scenario.expectations()) {
            if (e.isStatistical()) {
                double[] values = new double[e.replications()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = ((Number) TeachingPoints.value(e, c.run(scenario.seed() + i))).doubleValue();
                }
                out.add(TeachingPoints.judge(e, values));
            } else {
                out.add(TeachingPoints.judge(e, c.run(scenario.seed())));
            }
        }
        return out;
    }

    /** Runs {@code scenario} in memory, writing nothing, and returns what teaching points can ask about it. */
    public static RunFacts facts(Scenario scenario) {
        if (scenario.isComparison()) {
            Map<String, RunFacts> runs = new LinkedHashMap<>();
            for (Protocol protocol : scenario.compare()) {
                runs.put(protocol.label(), facts(scenario.over(protocol)));
            }
            return new RunFacts(runs);
        }
        RunFacts facts = new RunFacts(scenario.hostNames());
        try {
            ScenarioRun.simulate(scenario, List.of(facts), world -> { },
                    world -> facts.finish(world.addressesByHost()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return facts;
    }

    private RunFacts run(long seed) {
        return runs.computeIfAbsent(seed, s -> facts(scenario.withSeed(s)));
    }
}
