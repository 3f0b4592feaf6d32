package org.udpsim.scenario;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The keys of one mapping in a scenario, checked against the keys allowed at its place (an unknown key is reported
 * with a did-you-mean), with typed readers that report what is wrong with a value at its position and give an empty
 * result, so reading goes on and finds every problem.
 */
final class Fields {
    private final Problems problems;
    private final Node anchor;
    private final String what;
    private final Map<String, Nodes.Entry> entries = new LinkedHashMap<>();
    /** The known keys an unknown key here was taken for ("did you mean ..."). */
    private final Set<String> meant = new HashSet<>();

    private Fields(Problems problems, Node anchor, String what) {
        this.problems = problems;
        this.anchor = anchor;
        this.what = what;
    }

    /**
     * Reads the mapping {@code node}.
     *
     * @param anchor where a missing key is reported: the key naming this mapping, or the mapping itself
     * @param what the mapping in messages, e.g. {@code board 'client'}
     * @param allowed the keys allowed here
     * @param kind what an unknown key is called, e.g. {@code key} or {@code argument for udp-sink}
     */
    static Fields read(Problems problems, Node node, Node anchor, String what, Collection<String> allowed,
            String kind) {
        Fields f = new Fields(problems, anchor == null ? node : anchor, what);
        for (Nodes.Entry e : Nodes.entries(node, "a mapping of keys for " + what, problems)) {
            if (allowed.contains(e.key())) {
                f.entries.put(e.key(), e);
            } else {
                Optional<String> closest = Suggest.closest(e.key(), allowed);
                closest.ifPresent(f.meant::add);
                String hint = closest.map(s -> "; did you mean '" + s + "'?").orElse(allowed.isEmpty()
                        ? " (it takes none)" : " (allowed: " + String.join(", ", allowed) + ")");
                problems.at(e.keyNode(), "unknown " + kind + " '" + e.key() + "' in " + what + hint);
            }
        }
        return f;
    }

    /** Reads the mapping at a place of {@link ScenarioKeys}. */
    static Fields at(Problems problems, String place, Node node, Node anchor, String what) {
        Fields f = read(problems, node, anchor, what, ScenarioKeys.keys(place), "key");
        for (String key : f.meant) {
            if (!f.has(key)) {
                problems.misspeltKey(place.isEmpty() ? key : place + "." + key);
            }
        }
        return f;
    }

    String what() {
        return what;
    }

    Problems problems() {
        return problems;
    }

    /** Where a problem with the whole mapping goes. */
    Node anchor() {
        return anchor;
    }

    /** True if {@code key} is given, with a value that is not null. */
    boolean has(String key) {
        return value(key) != null;
    }

    /** The value of {@code key}, or null if absent or null. */
    Node value(String key) {
        Nodes.Entry e = entries.get(key);
        return e == null || Nodes.isNull(e.value()) ? null : e.value();
    }

    /** The node of the key {@code key}, or the anchor if absent. */
    Node keyNode(String key) {
        Nodes.Entry e = entries.get(key);
        return e == null ? anchor : e.keyNode();
    }

    /**
     * True if {@code key} is absent and an unknown key of this mapping was reported as its misspelling: what its
     * absence would cause is not reported, so one misspelt key gives one line, not a cascade.
     */
    boolean misspelt(String key) {
        return !has(key) && meant.contains(key);
    }

    /** Reports {@code key} as missing unless given (or {@link #misspelt}); true if given. */
    boolean require(String key) {
        if (has(key)) {
            return true;
        }
        if (!misspelt(key)) {
            problems.at(keyNode(key), "missing required key '" + key + "' in " + what);
        }
        return false;
    }

    /** The text of {@code key}, if given as a scalar; a list or mapping is reported. */
    Optional<String> text(String key) {
        Node n = value(key);
        if (n == null) {
            return Optional.empty();
        }
        String t = Nodes.text(n);
        if (t == null) {
            problems.expected(n, "text");
        }
        return Optional.ofNullable(t);
    }

    /** The value of {@code key} read by {@code parser}; a value it rejects is reported and gives empty. */
    <T> Optional<T> parse(String key, Function<String, T> parser, String expected) {
        Node n = value(key);
        if (n == null) {
            return Optional.empty();
        }
        return parse(problems, n, parser, expected);
    }

    /** {@code node} read by {@code parser}; a value it rejects, or a list or mapping, is reported and gives empty. */
    static <T> Optional<T> parse(Problems problems, Node node, Function<String, T> parser, String expected) {
        String t = Nodes.text(node);
        if (t == null || Nodes.isNull(node)) {
            problems.expected(node, expected);
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(t));
        } catch (ValueException e) {
            problems.value(node, e);
            return Optional.empty();
        }
    }

    /** A duration of 0 or more (a start, a time of day in the run). */
    Optional<Long> time(String key) {
        return parse(key, t -> {
            long v = Units.duration(t);
            if (v < 0) {
                throw ValueException.invalid(key + " must be 0s or later, got " + Shown.value(t.strip()));
            }
            return v;
        }, Units.DURATION);
    }

    /** A duration of more than 0. */
    Optional<Long> positiveDuration(String key) {
        return parse(key, t -> {
            long v = Units.duration(t);
            if (v <= 0) {
                throw ValueException.invalid(key + " must be more than 0, got " + Shown.value(t.strip()));
            }
            return v;
        }, Units.DURATION);
    }

    /** A whole number from {@code min} to {@code max}. */
    Optional<Long> wholeNumber(String key, long min, long max) {
        return parse(key, t -> Units.wholeNumber(t, key, min, max), Units.WHOLE_NUMBER);
    }
}
