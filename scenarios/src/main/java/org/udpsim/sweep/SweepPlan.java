package org.udpsim.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.udpsim.scenario.Overrides;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioException;
import org.udpsim.scenario.ScenarioLoader;
import org.udpsim.scenario.ScenarioProblem;
import org.udpsim.scenario.SourcePosition;

/**
 * A sweep made ready to run: the grid of every combination of the variations' values (the first variation
 * changing slowest), each point's scenario loaded and checked, and the number of replications. Run number
 * {@code point * replications + replication} runs the point's scenario with seed {@code seed + replication}: the
 * same seeds at every point, so points differ only by what varies (common random numbers).
 */
public final class SweepPlan {
    private final Path file;
    private final List<Variation> variations;
    private final int replications;
    private final List<List<String>> points = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();

    /**
     * Loads the scenario at every point of the grid.
     *
     * @throws ScenarioException listing every point whose values make the scenario invalid, before anything runs
     * @throws IllegalArgumentException for an impossible number of replications
     */
    public SweepPlan(Path file, Overrides base, List<Variation> variations, int replications) {
        if (replications < 2) {
            throw new IllegalArgumentException("--replications must be at least 2 to give a confidence interval, was "
                    + replications);
        }
        if (variations.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one --vary PATH=FROM..TO:STEP (or PATH=TEXT:FROM..TO:STEP)");
        }
        this.file = file;
        this.variations = List.copyOf(variations);
        this.replications = replications;
        points.addAll(Variation.grid(variations));
        List<ScenarioProblem> problems = new ArrayList<>();
        for (List<String> point : points) {
            Overrides o = base;
            for (int i = 0; i < point.size(); i++) {
                o = o.withSet(variations.get(i).path() + "=" + point.get(i));
            }
            try {
                scenarios.add(ScenarioLoader.load(file, o));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
                if (problems.size() > 20) {
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(asVaried(problems));
        }
    }

    /**
     * The problems as the user wrote the sweep: a value a variation gave is reported against {@code --vary}, once
     * per variation (the first value that fails), not once per grid point.
     */
    private List<ScenarioProblem> asVaried(List<ScenarioProblem> problems) {
        List<ScenarioProblem> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (ScenarioProblem p : problems) {
            String source = p.position().source();
            Variation v = variations.stream().filter(x -> source.startsWith("--set " + x.path() + "=")).findFirst()
                    .orElse(null);
            if (v == null) {
                if (!out.contains(p)) {
                    out.add(p);
                }
            } else if (reported.add(v.path())) {
                out.add(new ScenarioProblem(SourcePosition.of("--vary " + source.substring("--set ".length())),
                        p.message()));
            }
        }
        return out;
    }

    public Path file() {
        return file;
    }

    public List<Variation> variations() {
        return variations;
    }

    public int replications() {
        return replications;
    }

    /** What each variation's path is in the scenario ({@link Varied}), in the order of the variations. */
    public List<Map<String, String>> about() {
        return variations.stream().map(v -> Varied.about(scenarios.get(0), v)).toList();
    }

    /** The scenario's description, empty if none. */
    public String description() {
        return scenarios.get(0).description();
    }

    /** The grid's points, each the values of the variations in order. */
    public List<List<String>> points() {
        return points;
    }

    /** The scenario of a point, with its base seed. */
    public Scenario scenario(int point) {
        return scenarios.get(point);
    }

    /** The name of the scenario. */
    public String name() {
        return scenarios.get(0).name();
    }

    /** The base seed of the scenario (replication r runs with seed + r). */
    public long seed() {
        return scenarios.get(0).seed();
    }

    /** How many runs the whole sweep makes. */
    public int runs() {
        return points.size() * replications;
    }
}
