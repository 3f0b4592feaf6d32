package org.udpsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reading SnakeYAML's node tree: scalars as the text written, mappings as ordered entries, lists. */
final class Nodes {
    /** One entry of a mapping: its key as text, the key's node (for positions) and the value's node. */
    record Entry(String key, Node keyNode, Node value) {
    }

    private Nodes() {
    }

    /** True for an absent value: no node, or an empty, {@code ~} or {@code null} plain scalar. */
    static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode s && s.getTag().equals(Tag.NULL));
    }

    /** The text of a scalar, or null if the node is not a scalar. */
    static String text(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    /** The node as a message shows what was written: {@code 'abc'}, {@code a list}, {@code a mapping}, {@code nothing}. */
    static String describe(Node node, int maxChars) {
        if (isNull(node)) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "'" + Shown.value(((ScalarNode) node).getValue(), maxChars) + "'";
    }

    /**
     * The entries of a mapping in file order; a key written twice is reported and only its first entry kept.
     * A null node is an empty mapping; any other node that is not a mapping is reported, and gives no entries.
     */
    static List<Entry> entries(Node node, String what, Problems problems) {
        List<Entry> list = new ArrayList<>();
        if (isNull(node)) {
            return list;
        }
        if (!(node instanceof MappingNode m)) {
            problems.expected(node, what);
            return list;
        }
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            String key = text(k);
            if (key == null) {
                problems.at(k, "a key must be a plain word, got " + describe(k, 20));
                continue;
            }
            Node first = seen.putIfAbsent(key, k);
            if (first != null) {
                problems.at(k, "duplicate key '" + key + "' (first at " + where(problems, first) + ")");
                continue;
            }
            list.add(new Entry(key, k, t.getValueNode()));
        }
        return list;
    }

    /** The value of {@code key} in the mapping {@code node}, or null if it is no mapping or has no such key. */
    static Node valueOf(Node node, String key) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (key.equals(text(t.getKeyNode()))) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    /** The items of a list; a null node is an empty list, any other node that is not a list is reported. */
    static List<Node> items(Node node, String what, Problems problems) {
        if (isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode s)) {
            problems.expected(node, what);
            return List.of();
        }
        return s.getValue();
    }

    /** "line 4" for a node in the file, or the command-line option it came from. */
    static String where(Problems problems, Node node) {
        SourcePosition p = problems.position(node);
        return p.hasLine() ? "line " + p.line() : p.source();
    }
}
