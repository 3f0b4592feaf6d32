package org.udpsim.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.udpsim.reports.report.TeachingPoints;
import org.udpsim.packet.Protocol;
import org.udpsim.run.ScenarioRun;
import org.udpsim.run.ScenarioWorld;
import org.udpsim.scenario.Expectation;
import org.udpsim.scenario.Scenario;
import org.udpsim.trace.TraceRecord;

/**
 * The teaching points judged on one run, written into its folder as {@code expectations.json} for the report:
 * every point that one run can decide ({@code that:}, or a figure with {@code replications: 1}). A point measured
 * over replications needs other runs, which {@code udpsim check} makes; the file leaves it out, and the report shows
 * it as not evaluated.
 *
 * <p>Of a comparison, each protocol's run gathers its facts ({@link #over}), and the points are judged over both
 * ({@link #atComparisonEnd}), as {@code udpsim check} judges them: {@code messages(p)} and {@code flow(p)} from
 * the run over protocol p. The file is then the comparison's.
 *
 * <pre>{@code [{"name": "...", "passed": true, "measured": "...", "expected": "..."}]}</pre>
 */
public final class RunOutcomes implements ScenarioRun.Extra {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Scenario scenario;
    private final RunFacts facts;
    private final Map<String, RunOutcomes> runs = new LinkedHashMap<>();
    /** False for one protocol's run of a comparison: its points are judged over both runs. */
    private final boolean judges;

    public RunOutcomes(Scenario scenario) {
        this(scenario, true);
    }

    private RunOutcomes(Scenario scenario, boolean judges) {
        this.scenario = scenario;
        this.facts = new RunFacts(scenario.hostNames());
        this.judges = judges;
    }

    @Override
    public void onRecord(TraceRecord record) {
        facts.onRecord(record);
    }

    @Override
    public void atEnd(ScenarioWorld world, Path folder) throws IOException {
        facts.finish(world.addressesByHost());
        if (judges && !scenario.isComparison()) {
            write(facts, folder);
        }
    }

    @Override
    public ScenarioRun.Extra over(Protocol protocol) {
        RunOutcomes run = new RunOutcomes(scenario.over(protocol), false);
        runs.put(protocol.label(), run);
        return run;
    }

    @Override
    public void atComparisonEnd(Path folder) throws IOException {
        write(facts(), folder);
    }

    /**
     * What the teaching points are judged on, once the run has ended: the run's facts, of a comparison those of
     * each protocol's run ({@link ScenarioCheck#check(Scenario, RunFacts)} takes them for the scenario's seed).
     */
    public RunFacts facts() {
        if (!scenario.isComparison()) {
            return facts;
        }
        Map<String, RunFacts> byProtocol = new LinkedHashMap<>();
        runs.forEach((p, r) -> byProtocol.put(p, r.facts));
        return new RunFacts(byProtocol);
    }

    private void write(RunFacts judged, Path folder) throws IOException {
        if (scenario.expectations().isEmpty()) {
            return;
        }
        ArrayNode out = JSON.createArrayNode();
        for (Expectation e : scenario.expectations()) {
            if (e.isStatistical()) {
                continue;
            }
            ObjectNode o = out.addObject().put("name", e.name());
            try {
                Outcome r = org.udpsim.check.TeachingPoints.judge(e, judged);
                o.put("passed", r.passed()).put("measured", r.measured()).put("expected", r.bound());
            } catch (IllegalArgumentException | ClassCastException ex) {
                o.put("passed", false).put("measured", "cannot be judged: " + ex.getMessage());
            }
        }
        Files.writeString(folder.resolve(TeachingPoints.FILE), JSON.writeValueAsString(out) + "\n",
                StandardCharsets.UTF_8);
    }
}
