package org.udpsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Applies command-line {@link Overrides} to a scenario's node tree before it is read, so an overridden value is
 * checked like one in the file, and a problem with it is reported at the option ({@code --set PATH=VALUE}).
 * Paths are resolved with {@link ScenarioKeys}; a node shared through a YAML alias is copied before it changes, so
 * an override changes only the place it names.
 */
final class OverrideApplier {
    private static final Map<String, String> NAMED = Map.of("network.routers", "router", "network.access_points",
            "access point", "boards", "board", "pcs", "PC");

    private final Problems problems;

    OverrideApplier(Problems problems) {
        this.problems = problems;
    }

    /** Applies {@code overrides} to {@code root}, a mapping; problems with them are reported. */
    void apply(MappingNode root, Overrides overrides) {
        overrides.seed().ifPresent(s -> set(root, List.of("seed"), Long.toString(s), "--seed " + s));
        overrides.duration().ifPresent(d -> set(root, List.of("duration"), d, "--duration " + Shown.value(d)));
        for (String s : overrides.sets()) {
            int eq = s.indexOf('=');
            String origin = "--set " + (eq < 0 ? Shown.value(s)
                    : Shown.value(s.substring(0, eq), Shown.LONGEST * 2) + "=" + Shown.value(s.substring(eq + 1)));
            String path = eq < 0 ? "" : s.substring(0, eq).strip();
            if (path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
                problems.add(SourcePosition.of(origin), "expected PATH=VALUE with a dotted PATH, e.g."
                        + " boards.client.start=2s");
                continue;
            }
            set(root, List.of(path.split("\\.")), s.substring(eq + 1), origin);
        }
    }

    private void set(MappingNode root, List<String> segments, String valueText, String origin) {
        Optional<Node> value = valueNode(valueText, origin);
        if (value.isEmpty()) {
            return;
        }
        Node container = root;
        String place = "";
        String walked = "";
        int i = 0;
        while (i < segments.size()) {
            ScenarioKeys.Shape shape = ScenarioKeys.shape(place);
            String key;
            String next;
            int used = 1;
            switch (shape) {
                case KEYS, ARGS -> {
                    if (!(container instanceof MappingNode)) {
                        fail(origin, walked + " is not a mapping");
                        return;
                    }
                    key = segments.get(i);
                    if (shape == ScenarioKeys.Shape.KEYS && !ScenarioKeys.keys(place).contains(key)) {
                        List<String> allowed = ScenarioKeys.keys(place);
                        fail(origin, "unknown key '" + key + "'" + (walked.isEmpty() ? "" : " under " + walked)
                                + Suggest.closest(key, allowed).map(k -> "; did you mean '" + k + "'?")
                                .orElse(allowed.isEmpty() ? " (it takes no keys)"
                                        : " (keys here: " + String.join(", ", allowed) + ")"));
                        return;
                    }
                    next = shape == ScenarioKeys.Shape.ARGS ? place + ".arg" : ScenarioKeys.child(place, key);
                }
                case NAMED -> {
                    if (!(container instanceof MappingNode m)) {
                        fail(origin, walked + " is not a mapping of names");
                        return;
                    }
                    key = null;
                    for (int k = segments.size(); k > i && key == null; k--) {
                        String candidate = String.join(".", segments.subList(i, k));
                        if (find(m, candidate) >= 0) {
                            key = candidate;
                            used = k - i;
                        }
                    }
                    if (key == null) {
                        String name = segments.get(i);
                        fail(origin, "there is no " + NAMED.get(place) + " '" + name + "' under " + walked
                                + Suggest.didYouMean(name, keysOf(m)));
                        return;
                    }
                    next = ScenarioKeys.child(place, "*");
                }
                case LIST -> {
                    if (!(container instanceof SequenceNode s)) {
                        fail(origin, walked + " is not a list");
                        return;
                    }
                    key = segments.get(i);
                    int size = s.getValue().size();
                    if (!key.matches("\\d{1,9}") || Integer.parseInt(key) >= size) {
                        fail(origin, walked + " has no entry " + key + " (entries are numbered from 0; it has "
                                + size + ")");
                        return;
                    }
                    next = ScenarioKeys.child(place, "#");
                }
                default -> {
                    fail(origin, walked + " is a single value; it has no '" + segments.get(i) + "'");
                    return;
                }
            }
            walked = walked.isEmpty() ? key : walked + "." + key;
            i += used;
            if (i == segments.size()) {
                put(container, key, value.get(), origin);
                return;
            }
            Node child = get(container, key);
            ScenarioKeys.Shape childShape = ScenarioKeys.shape(next);
            if (Nodes.isNull(child)) {
                if (childShape == ScenarioKeys.Shape.LIST || childShape == ScenarioKeys.Shape.VALUE) {
                    fail(origin, walked + " is not in the file, so it has no '" + segments.get(i) + "'");
                    return;
                }
                child = new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.FLOW);
                put(container, key, child, origin);
            } else {
                child = copy(child);
                replace(container, key, child);
            }
            if (childShape != ScenarioKeys.Shape.VALUE && !(child instanceof MappingNode)
                    && !(child instanceof SequenceNode)) {
                fail(origin, walked + " is a single value here, not a mapping; set " + walked + "=... instead");
                return;
            }
            container = child;
            place = next;
        }
    }

    private Optional<Node> valueNode(String text, String origin) {
        Node node;
        String t = text.strip();
        if (t.startsWith("[") || t.startsWith("{") || t.startsWith("\"") || t.startsWith("'")) {
            Problems local = new Problems(origin);
            Optional<Node> parsed = YamlText.compose(t, origin, local);
            if (parsed.isEmpty()) {
                fail(origin, "VALUE is not valid YAML: " + local.sorted().stream().map(ScenarioProblem::message)
                        .findFirst().orElse("empty"));
                return Optional.empty();
            }
            node = parsed.get();
        } else {
            node = new ScalarNode(Tag.STR, text, null, null, DumperOptions.ScalarStyle.PLAIN);
        }
        problems.setOrigin(node, origin);
        return Optional.of(node);
    }

    private void fail(String origin, String message) {
        problems.add(SourcePosition.of(origin), message);
    }

    private static List<String> keysOf(MappingNode m) {
        List<String> keys = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            String k = Nodes.text(t.getKeyNode());
            if (k != null) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static int find(MappingNode m, String key) {
        List<NodeTuple> tuples = m.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            if (key.equals(Nodes.text(tuples.get(i).getKeyNode()))) {
                return i;
            }
        }
        return -1;
    }

    private static Node get(Node container, String key) {
        if (container instanceof MappingNode m) {
            int i = find(m, key);
            return i < 0 ? null : m.getValue().get(i).getValueNode();
        }
        return ((SequenceNode) container).getValue().get(Integer.parseInt(key));
    }

    private void put(Node container, String key, Node value, String origin) {
        if (container instanceof SequenceNode || find((MappingNode) container, key) >= 0) {
            replace(container, key, value);
            return;
        }
        Node keyNode = new ScalarNode(Tag.STR, key, null, null, DumperOptions.ScalarStyle.PLAIN);
        problems.setOrigin(keyNode, origin);
        List<NodeTuple> tuples = new ArrayList<>(((MappingNode) container).getValue());
        tuples.add(new NodeTuple(keyNode, value));
        ((MappingNode) container).setValue(tuples);
    }

    private static void replace(Node container, String key, Node value) {
        if (container instanceof MappingNode m) {
            List<NodeTuple> tuples = new ArrayList<>(m.getValue());
            int i = find(m, key);
            tuples.set(i, new NodeTuple(tuples.get(i).getKeyNode(), value));
            m.setValue(tuples);
        } else {
            // every list reached here is a copy made on the way down
            ((SequenceNode) container).getValue().set(Integer.parseInt(key), value);
        }
    }

    /** A shallow copy with the same positions, so changing it leaves nodes shared through aliases alone. */
    private static Node copy(Node node) {
        if (node instanceof MappingNode m) {
            return new MappingNode(m.getTag(), true, new ArrayList<>(m.getValue()), m.getStartMark(), m.getEndMark(),
                    m.getFlowStyle());
        }
        if (node instanceof SequenceNode s) {
            return new SequenceNode(s.getTag(), true, new ArrayList<>(s.getValue()), s.getStartMark(),
                    s.getEndMark(), s.getFlowStyle());
        }
        return node;
    }
}
