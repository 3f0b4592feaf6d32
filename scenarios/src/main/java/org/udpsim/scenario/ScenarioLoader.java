package org.udpsim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a scenario file into a checked, immutable {@link Scenario}: reads the YAML with every node's position,
 * applies the command line's {@link Overrides}, and checks everything, reporting every problem found as
 * {@code FILE:LINE:COL: what is wrong} in one {@link ScenarioException}.
 *
 * <p>The format is described in {@code scenarios/SCENARIO-FORMAT.md} and the JSON Schema
 * {@link #SCHEMA_RESOURCE}.
 */
public final class ScenarioLoader {
    /** The JSON Schema of scenario files, a class-path resource. */
    public static final String SCHEMA_RESOURCE = "/org/udpsim/scenario/scenario.schema.json";

    private ScenarioLoader() {
    }

    /** Loads {@code file} as written. */
    public static Scenario load(Path file) {
        return load(file, Overrides.NONE);
    }

    /**
     * Loads {@code file} with the command line's overrides applied.
     *
     * @throws ScenarioException listing every problem, if the file cannot be read or is not a valid scenario
     */
    public static Scenario load(Path file, Overrides overrides) {
        return load(file, overrides, Bounds.CLASSROOM);
    }

    /**
     * Loads {@code file} with the command line's overrides applied, within {@code bounds}; a file larger than they
     * allow is refused from its size, unread.
     *
     * @throws ScenarioException listing every problem, if the file cannot be read or is not a valid scenario
     */
    public static Scenario load(Path file, Overrides overrides, Bounds bounds) {
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw single(file, "is a folder, not a scenario file");
            }
            long size = Files.size(file);
            if (size > bounds.maxFileBytes()) {
                throw single(file, String.format(java.util.Locale.ROOT, "the file is %.1f MB, more than a scenario"
                        + " needs (at most %d KB); pass --allow-large to read it anyway", size / 1048576.0,
                        bounds.maxFileBytes() / 1024));
            }
            text = Utf8Text.decode(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw single(file, "no such file");
        } catch (IOException e) {
            throw single(file, "cannot read: " + e.getMessage());
        }
        return parse(text, file, overrides, bounds);
    }

    /**
     * Reads scenario text as if it were the file {@code file} ({@code .py} programs are looked for next to it).
     *
     * @throws ScenarioException listing every problem
     */
    public static Scenario parse(String text, Path file, Overrides overrides) {
        return parse(text, file, overrides, Bounds.CLASSROOM);
    }

    /**
     * Reads scenario text as if it were the file {@code file}, within {@code bounds}.
     *
     * @throws ScenarioException listing every problem
     */
    public static Scenario parse(String text, Path file, Overrides overrides, Bounds bounds) {
        Problems problems = new Problems(file.toString());
        Optional<Node> root = YamlText.compose(text.startsWith("\uFEFF") ? text.substring(1) : text,
                file.toString(), problems);
        problems.throwIfAny();
        if (root.isEmpty()) {
            problems.add(new SourcePosition(file.toString(), 1, 1), "the file holds no scenario; a scenario needs"
                    + " at least name: and duration:");
            problems.throwIfAny();
        }
        if (!(root.get() instanceof MappingNode m)) {
            problems.at(root.get(), "a scenario is a mapping of keys (name:, duration:, network:, boards:, ...), got "
                    + Nodes.describe(root.get(), 40));
            throw new ScenarioException(problems.sorted());
        }
        new OverrideApplier(problems).apply(m, overrides);
        Optional<Scenario> scenario = new ScenarioReader(problems, file, bounds).read(root.get());
        problems.throwIfAny();
        return scenario.orElseThrow();
    }

    private static ScenarioException single(Path file, String message) {
        return new ScenarioException(java.util.List.of(new ScenarioProblem(SourcePosition.of(file.toString()),
                message)));
    }
}
