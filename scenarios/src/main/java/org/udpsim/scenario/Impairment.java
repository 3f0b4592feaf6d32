package org.udpsim.scenario;

import java.util.Objects;

/**
 * Impairments on one direction of one hop, as netem options: the hop from {@code from} to {@code to}, two adjacent
 * nodes. A structured form in the file ({@code loss: 5%}) is converted to the same netem text.
 *
 * @param from the sending end of the hop
 * @param to the receiving end
 * @param netem netem options as written after {@code tc qdisc add dev X root netem}; empty for none
 * @param position where the impairment is written
 */
public record Impairment(String from, String to, String netem, SourcePosition position) {
    public Impairment {
        Names.check("a hop end", from);
        Names.check("a hop end", to);
        Objects.requireNonNull(netem, "netem");
        Objects.requireNonNull(position, "position");
    }

    /** {@code from -> to}. */
    public String hop() {
        return from + " -> " + to;
    }
}
