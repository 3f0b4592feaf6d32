package org.udpsim.net;

import java.util.Objects;

/**
 * One direction of one hop between two adjacent nodes, the place impairments are set: a station's radio hop to or
 * from its access point, or one direction of a cable (a wired link, an access point's uplink).
 *
 * @param from the sending end
 * @param to the receiving end, a different node
 * @param kind over the air or over a cable
 */
public record Hop(String from, String to, Kind kind) {
    /** How the two ends are joined. */
    public enum Kind {
        /** A station and its access point, over the air. */
        RADIO,
        /** A cable: a wired link, or an access point's uplink to its router. */
        WIRED
    }

    public Hop {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (from.isBlank() || to.isBlank() || from.equals(to)) {
            throw new IllegalArgumentException("a hop joins two different named nodes, got '" + from + "' and '" + to
                    + "'");
        }
    }

    /** The same hop, the other way. */
    public Hop reversed() {
        return new Hop(to, from, kind);
    }

    /** {@code from -> to}, as a scenario writes it. */
    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
