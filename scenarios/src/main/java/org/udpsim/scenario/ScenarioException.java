package org.udpsim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario that cannot run, with every problem found in it, sorted by position. The message is the problems,
 * one per line, as the command line prints them; there is nothing in the stack trace a user needs.
 */
public final class ScenarioException extends RuntimeException {
    private final List<ScenarioProblem> problems;

    /** @param problems at least one problem */
    public ScenarioException(List<ScenarioProblem> problems) {
        super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")), null, false,
                false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, sorted by position: command-line ones first, then by line and column. */
    public List<ScenarioProblem> problems() {
        return problems;
    }
}
