package org.udpsim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * Something a scenario says that is allowed but surprises people, such as a netem correlation netem itself calls
 * unreliable: printed as one line {@code FILE:LINE:COL: warning: what}, kept in the run's {@code run.json} beside the
 * hops it concerns. With {@code --strict} a warning is a mistake.
 *
 * @param position where the surprising setting is written
 * @param message what surprises, one line
 * @param hops the hop directions it concerns, written {@code from -> to} ({@code * -> AP} for an access point's
 *     radio); empty if none
 */
public record ScenarioWarning(SourcePosition position, String message, List<String> hops) {
    public ScenarioWarning {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        message = Shown.cutLongWords(message.replace("\r", " ").replace('\n', ' '));
        hops = List.copyOf(hops);
    }

    /** True if the warning is about hop direction {@code from -> to}. */
    public boolean concerns(String from, String to) {
        return hops.contains(from + " -> " + to);
    }

    /** The same words as a mistake, for {@code --strict}. */
    public ScenarioProblem asProblem() {
        return new ScenarioProblem(position, message + " (an error with --strict)");
    }

    /** {@code FILE:LINE:COL: warning: message}. */
    @Override
    public String toString() {
        return position + ": warning: " + message;
    }
}
