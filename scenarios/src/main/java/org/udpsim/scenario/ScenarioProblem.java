package org.udpsim.scenario;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a scenario: where it is and what is wrong, printed as one line
 * {@code FILE:LINE:COL: what is wrong} (or {@code --set PATH=VALUE: what is wrong} for a command-line override).
 *
 * @param position where the mistake is
 * @param message what is wrong, one line a teacher can act on
 */
public record ScenarioProblem(SourcePosition position, String message) {
    /** Command-line problems first (they have no line), then by line and column. */
    public static final Comparator<ScenarioProblem> BY_POSITION = Comparator.comparing(ScenarioProblem::position,
            SourcePosition.ORDER);

    public ScenarioProblem {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        message = Shown.cutLongWords(message.replace("\r", " ").replace('\n', ' '));
    }

    /** The file as the user named it, or the command-line option at fault. */
    public String file() {
        return position.source();
    }

    /** The line, from 1; 0 for a command-line option. */
    public int line() {
        return position.line();
    }

    /** The column, from 1; 0 for a command-line option. */
    public int column() {
        return position.column();
    }

    /** {@code FILE:LINE:COL: message}. */
    @Override
    public String toString() {
        return position + ": " + message;
    }
}
