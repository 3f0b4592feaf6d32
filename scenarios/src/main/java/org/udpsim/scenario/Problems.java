package org.udpsim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The problems found while reading one scenario, each placed at the YAML node it is about: the node's line and
 * column in the file, or the command-line option ({@code --set PATH=VALUE}) the node came from.
 */
final class Problems {
    private static final int MAX_SHOWN_VALUE = 40;

    private final String source;
    private final Map<Node, String> origins = new IdentityHashMap<>();
    private final List<ScenarioProblem> found = new ArrayList<>();
    private final List<ScenarioWarning> warnings = new ArrayList<>();
    private final Set<String> misspelt = new HashSet<>();
    private final Set<String> linksLeftOut = new HashSet<>();

    /** @param source the file as the user named it */
    Problems(String source) {
        this.source = source;
    }

    /** Marks {@code node} and everything in it as written on the command line as {@code origin}. */
    void setOrigin(Node node, String origin) {
        if (origins.put(node, origin) != null) {
            return; // seen already: YAML aliases may make the tree a graph
        }
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                setOrigin(t.getKeyNode(), origin);
                setOrigin(t.getValueNode(), origin);
            }
        } else if (node instanceof SequenceNode s) {
            for (Node n : s.getValue()) {
                setOrigin(n, origin);
            }
        }
    }

    /** True if {@code node} came from the command line rather than the file. */
    boolean fromCommandLine(Node node) {
        return origins.containsKey(node);
    }

    /** Where {@code node} was written. */
    SourcePosition position(Node node) {
        String origin = origins.get(node);
        if (origin != null) {
            return SourcePosition.of(origin);
        }
        Mark m = node == null ? null : node.getStartMark();
        return m == null ? new SourcePosition(source, 1, 1)
                : new SourcePosition(source, m.getLine() + 1, m.getColumn() + 1);
    }

    /** A problem at {@code node}. */
    void at(Node node, String message) {
        add(position(node), message);
    }

    /** A warning at {@code node} about the hop directions {@code hops}: allowed, but it surprises. */
    void warn(Node node, String message, List<String> hops) {
        warnings.add(new ScenarioWarning(position(node), message, hops));
    }

    /** The warnings, duplicates removed, command-line ones first, then by line and column. */
    List<ScenarioWarning> warnings() {
        List<ScenarioWarning> list = new ArrayList<>(new LinkedHashSet<>(warnings));
        list.sort(java.util.Comparator.comparing(ScenarioWarning::position, SourcePosition.ORDER));
        return list;
    }

    /** A problem at a known position. */
    void add(SourcePosition position, String message) {
        found.add(new ScenarioProblem(position, message));
    }

    /**
     * A value that could not be read: "expected a duration like 30s, got 'abc'" in the file; on the command line,
     * where the value is already shown, "expected a duration like 30s".
     */
    void value(Node node, ValueException e) {
        if (!e.wrongKind()) {
            at(node, e.getMessage());
        } else if (fromCommandLine(node)) {
            at(node, e.getMessage() + e.hint());
        } else {
            at(node, e.getMessage() + ", got " + Nodes.describe(node, MAX_SHOWN_VALUE) + e.hint());
        }
    }

    /** A node of the wrong kind: "expected {@code what}, got a list". */
    void expected(Node node, String what) {
        value(node, ValueException.expected(what));
    }

    /**
     * Notes that the key {@code path} (dotted, e.g. {@code network.access_points}) is absent and an unknown key was
     * reported as its misspelling, so what its absence causes elsewhere need not be reported too.
     */
    void misspeltKey(String path) {
        misspelt.add(path);
    }

    /** True if the key {@code path}, or a key it is under, was reported as misspelt. */
    boolean misspelt(String path) {
        for (String p = path;; p = p.substring(0, p.lastIndexOf('.'))) {
            if (misspelt.contains(p)) {
                return true;
            }
            if (p.indexOf('.') < 0) {
                return false;
            }
        }
    }

    /** Notes that a wired link naming {@code node} was refused (and reported), so it was left out. */
    void refusedLinkNames(String node) {
        linksLeftOut.add(node);
    }

    /** True if a refused link named {@code node}: that it has no link is the same mistake. */
    boolean linkLeftOut(String node) {
        return linksLeftOut.contains(node);
    }

    /** How many problems so far. */
    int count() {
        return found.size();
    }

    /** The problems, duplicates removed, command-line ones first, then by line and column. */
    List<ScenarioProblem> sorted() {
        List<ScenarioProblem> list = new ArrayList<>(new LinkedHashSet<>(found));
        list.sort(ScenarioProblem.BY_POSITION);
        return list;
    }

    /** Throws the problems found, if any. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ScenarioException(sorted());
        }
    }
}
