package org.udpsim.scenario;

import java.util.Objects;

/**
 * A teaching point a run should show, kept as written; a later feature evaluates it.
 *
 * @param name what it shows, in the teacher's words
 * @param that the condition, e.g. {@code flow('udp').first_delivery_ms < 50}
 * @param position where it is written, for messages about it
 */
public record Expectation(String name, String that, SourcePosition position) {
    public Expectation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(that, "that");
        Objects.requireNonNull(position, "position");
        if (name.isBlank() || that.isBlank()) {
            throw new IllegalArgumentException("an expectation needs a name and a condition");
        }
    }
}
