package org.udpsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.net.Hop;
import org.udpsim.topology.AccessPointNode;
import org.udpsim.topology.HopImpairment;
import org.udpsim.topology.Topology;
import org.udpsim.topology.WiredLink;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code impairments:}: each entry names one direction of one hop ({@code A -> B}, two adjacent nodes, or a
 * group of boards and their access point) and gives netem options as text or in the structured form.
 */
final class ImpairmentReader {
    private final Problems problems;
    private final NodeNames names;
    private final Map<String, Set<String>> neighbours = new LinkedHashMap<>();
    /** "a|b" for the two ends of every radio hop, both ways; every other adjacency is a cable. */
    private final Set<String> radio = new LinkedHashSet<>();
    private final Map<String, Node> hopsSeen = new LinkedHashMap<>();

    ImpairmentReader(Problems problems, NodeNames names, Topology network, List<Board> boards, List<Pc> pcs) {
        this.problems = problems;
        this.names = names;
        for (Board b : boards) {
            b.accessPoint().ifPresent(ap -> connectByRadio(b.name(), ap));
        }
        for (Pc p : pcs) {
            p.accessPoint().ifPresent(ap -> connectByRadio(p.name(), ap));
        }
        for (AccessPointNode ap : network.accessPoints()) {
            ap.uplink().ifPresent(r -> connect(ap.name(), r));
        }
        for (WiredLink l : network.links()) {
            connect(l.a(), l.b());
        }
    }

    private void connectByRadio(String station, String ap) {
        connect(station, ap);
        radio.add(station + "|" + ap);
        radio.add(ap + "|" + station);
    }

    private void connect(String a, String b) {
        neighbours.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
        neighbours.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
    }

    List<Impairment> read(Node impairmentsNode) {
        List<Impairment> result = new ArrayList<>();
        List<Node> items = Nodes.items(impairmentsNode, "a list of impairments like [{hop: client -> classroom,"
                + " netem: \"loss 10%\"}]", problems);
        for (int i = 0; i < items.size(); i++) {
            result.addAll(impairment(items.get(i), "impairments." + i));
        }
        return result;
    }

    private List<Impairment> impairment(Node item, String what) {
        int before = problems.count();
        Fields f = Fields.at(problems, "impairments.#", item, item, what);
        List<String[]> hops = f.require("hop") ? hops(f) : List.of();
        List<String> structured = StructuredNetem.KEYS.stream().filter(f::has).toList();
        String netem = "";
        int beforeNetem = problems.count();
        if (f.has("netem")) {
            if (!structured.isEmpty()) {
                problems.at(f.keyNode(structured.get(0)), what + " gives both netem: and " + structured.get(0)
                        + ": write the options one way, as netem text or as keys (" + String.join(", ",
                        StructuredNetem.KEYS) + ")");
            }
            netem = f.text("netem").orElse("");
        } else if (!structured.isEmpty()) {
            netem = new StructuredNetem(problems, what).toNetem(f);
        } else if (!hasNetemKey(f)) {
            problems.at(item, what + " sets no impairment: give netem: \"loss 10%\" or keys such as loss: 10%");
        }
        Optional<NetemSpec> spec = Optional.empty();
        if (problems.count() == beforeNetem) {
            Node at = f.has("netem") ? f.value("netem") : structured.isEmpty() ? item : f.keyNode(structured.get(0));
            spec = NetemCheck.parse(netem, problems, at, hops.stream().map(h -> h[0] + " -> " + h[1]).toList());
        }
        if (problems.count() != before) {
            return List.of();
        }
        SourcePosition position = problems.position(item);
        List<Impairment> result = new ArrayList<>();
        for (String[] hop : hops) {
            Hop.Kind kind = radio.contains(hop[0] + "|" + hop[1]) ? Hop.Kind.RADIO : Hop.Kind.WIRED;
            result.add(new Impairment(new HopImpairment(new Hop(hop[0], hop[1], kind), spec.get()), position));
        }
        return result;
    }

    private static boolean hasNetemKey(Fields f) {
        return f.keyNode("netem") != f.anchor();
    }

    /** The directions {@code hop:} names: one, or one per member of a group. */
    private List<String[]> hops(Fields f) {
        Optional<String[]> ends = f.parse("hop", t -> {
            int arrow = t.indexOf("->");
            String from = arrow < 0 ? "" : t.substring(0, arrow).strip();
            String to = arrow < 0 ? "" : t.substring(arrow + 2).strip();
            if (from.isEmpty() || to.isEmpty() || from.contains(" ") || to.contains(" ")) {
                throw ValueException.expected("a hop like 'client -> classroom'");
            }
            return new String[] {from, to};
        }, "a hop like 'client -> classroom'");
        if (ends.isEmpty()) {
            return List.of();
        }
        Node at = f.value("hop");
        String text = ends.get()[0] + " -> " + ends.get()[1];
        Optional<List<String>> from = endpoint(ends.get()[0], text, at);
        Optional<List<String>> to = endpoint(ends.get()[1], text, at);
        if (from.isEmpty() || to.isEmpty()) {
            return List.of();
        }
        List<String[]> hops = new ArrayList<>();
        for (String a : from.get()) {
            for (String b : to.get()) {
                if (!adjacent(a, b, at)) {
                    return List.of();
                }
                Node first = hopsSeen.putIfAbsent(a + " -> " + b, at);
                if (first != null) {
                    problems.at(at, "hop '" + a + " -> " + b + "' already has impairments ("
                            + Nodes.where(problems, first) + "): put all its options in one entry");
                    return List.of();
                }
                hops.add(new String[] {a, b});
            }
        }
        return hops;
    }

    private Optional<List<String>> endpoint(String name, String hop, Node at) {
        if (names.get(name).isPresent()) {
            return Optional.of(List.of(name));
        }
        Optional<List<String>> group = names.group(name);
        if (group.isPresent()) {
            return group;
        }
        problems.at(at, "unknown node '" + name + "' in hop '" + hop + "'" + Suggest.didYouMean(name,
                names.allNames()));
        return Optional.empty();
    }

    private boolean adjacent(String a, String b, Node at) {
        if (unread(a) || unread(b)) {
            return false; // reported where the board or PC is written
        }
        Set<String> near = neighbours.getOrDefault(a, Set.of());
        if (near.contains(b)) {
            return true;
        }
        if (stationOnly(a) && stationOnly(b) && !names.isWifiBoard(a) && !names.isWifiBoard(b)
                && (isBoard(a) || isBoard(b))) {
            String notAp = isBoard(b) ? b : a;
            problems.at(at, "'" + a + "' and '" + b + "' are not adjacent: board '" + notAp + "' is not an access"
                    + " point, so no radio hop joins it to another board (a board is one with soft_ap:, and the"
                    + " boards that join it name it in ap:)");
            return false;
        }
        problems.at(at, "'" + a + "' and '" + b + "' are not adjacent, so no hop joins them ("
                + (near.isEmpty() ? a + " has no neighbours" : a + "'s neighbours: " + String.join(", ", near))
                + "); a hop joins a board or PC and its access point (a board's soft_ap: included), an access point"
                + " and its uplink router, or the two ends of a wired link");
        return false;
    }

    private boolean isBoard(String name) {
        return names.get(name).map(n -> n.kind() == NodeNames.Kind.BOARD).orElse(false);
    }

    /** True for a board or a PC: an end that is no router and none of the network's access points. */
    private boolean stationOnly(String name) {
        return names.get(name).map(n -> n.kind() == NodeNames.Kind.BOARD || n.kind() == NodeNames.Kind.PC)
                .orElse(false);
    }

    /** True for a board or PC that could not be read, so its attachment is unknown. */
    private boolean unread(String name) {
        return !neighbours.containsKey(name) && names.get(name)
                .map(n -> n.kind() == NodeNames.Kind.BOARD || n.kind() == NodeNames.Kind.PC).orElse(false);
    }
}
