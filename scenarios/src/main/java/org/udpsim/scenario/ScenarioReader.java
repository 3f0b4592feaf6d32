package org.udpsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a scenario's node tree into a {@link Scenario}: names first (so references can be checked in any order),
 * then the network, the boards and PCs, the impairments and the teaching points. Every problem found is reported;
 * a part with a problem is left out, so one mistake does not cause others.
 */
final class ScenarioReader {
    private final Problems problems;
    private final Path file;
    private final NodeNames names;

    ScenarioReader(Problems problems, Path file) {
        this.problems = problems;
        this.file = file;
        this.names = new NodeNames(problems);
    }

    /** The scenario, or empty if there were problems (all reported). */
    Optional<Scenario> read(Node root) {
        Fields top = Fields.at(problems, "", root, root, "the scenario");
        String name = "";
        if (top.require("name")) {
            name = top.text("name").orElse("");
            if (name.isBlank() && Nodes.text(top.value("name")) != null) {
                problems.at(top.value("name"), "name must not be empty");
            }
        }
        String description = top.text("description").orElse(Defaults.DESCRIPTION);
        long seed = top.wholeNumber("seed", 0, Long.MAX_VALUE).orElse(Defaults.SEED);
        long duration = 1;
        if (top.require("duration")) {
            duration = top.positiveDuration("duration").orElse(1L);
        }

        Fields net = Fields.at(problems, "network", top.value("network"), top.keyNode("network"), "network");
        List<Nodes.Entry> routerEntries = Nodes.entries(net.value("routers"), "a mapping of router names",
                problems);
        List<Nodes.Entry> apEntries = Nodes.entries(net.value("access_points"), "a mapping of access point names",
                problems);
        List<Nodes.Entry> boardEntries = Nodes.entries(top.value("boards"), "a mapping of board names", problems);
        List<Nodes.Entry> pcEntries = Nodes.entries(top.value("pcs"), "a mapping of PC names", problems);
        registerNames(routerEntries, apEntries, boardEntries, pcEntries);

        NetworkReader networkReader = new NetworkReader(problems, names);
        List<Router> routers = new ArrayList<>();
        for (Nodes.Entry e : routerEntries) {
            Optional.ofNullable(networkReader.router(e)).ifPresent(routers::add);
        }
        List<AccessPoint> aps = new ArrayList<>();
        for (Nodes.Entry e : apEntries) {
            Optional.ofNullable(networkReader.accessPoint(e)).ifPresent(aps::add);
        }
        List<Link> links = networkReader.links(net.value("links"));
        Network network = new Network(routers, aps, links);

        Path folder = file.toAbsolutePath().getParent();
        HostReader hosts = new HostReader(problems, names, network, new ProgramResolver(problems,
                folder == null ? Path.of("") : folder));
        List<Board> boards = new ArrayList<>();
        for (Nodes.Entry e : boardEntries) {
            boards.addAll(hosts.boards(e));
        }
        List<Pc> pcs = new ArrayList<>();
        for (Nodes.Entry e : pcEntries) {
            Optional.ofNullable(hosts.pc(e)).ifPresent(pcs::add);
        }

        List<Impairment> impairments = new ImpairmentReader(problems, names, network, boards, pcs)
                .read(top.value("impairments"));
        List<Expectation> expectations = expectations(top.value("expect"));
        if (problems.count() > 0) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(name, description, seed, duration, network, boards, pcs, impairments,
                expectations, file));
    }

    private void registerNames(List<Nodes.Entry> routers, List<Nodes.Entry> aps, List<Nodes.Entry> boards,
            List<Nodes.Entry> pcs) {
        for (Nodes.Entry e : routers) {
            names.register(e.key(), NodeNames.Kind.ROUTER, e.keyNode());
        }
        for (Nodes.Entry e : aps) {
            names.register(e.key(), NodeNames.Kind.ACCESS_POINT, e.keyNode());
        }
        for (Nodes.Entry e : boards) {
            Optional<Long> count = quietCount(e.value());
            if (count.isPresent()) {
                names.registerGroup(e.key(), count.get(), e.keyNode());
            } else {
                names.register(e.key(), NodeNames.Kind.BOARD, e.keyNode());
            }
        }
        for (Nodes.Entry e : pcs) {
            names.register(e.key(), NodeNames.Kind.PC, e.keyNode());
        }
    }

    /** A board's count: if valid, without reporting (the board's reader reports it). */
    private static Optional<Long> quietCount(Node board) {
        if (!(board instanceof org.yaml.snakeyaml.nodes.MappingNode m)) {
            return Optional.empty();
        }
        for (org.yaml.snakeyaml.nodes.NodeTuple t : m.getValue()) {
            if ("count".equals(Nodes.text(t.getKeyNode()))) {
                String text = Nodes.text(t.getValueNode());
                try {
                    return text == null || Nodes.isNull(t.getValueNode()) ? Optional.empty()
                            : Optional.of(Units.wholeNumber(text, "count", 1, HostReader.MAX_GROUP));
                } catch (ValueException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private List<Expectation> expectations(Node expectNode) {
        List<Expectation> result = new ArrayList<>();
        List<Node> items = Nodes.items(expectNode, "a list of teaching points like [{name: ..., that: ...}]",
                problems);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            Fields f = Fields.at(problems, "expect.#", item, item, "expect." + i);
            Optional<String> name = f.require("name") ? nonBlank(f, "name") : Optional.empty();
            Optional<String> that = f.require("that") ? nonBlank(f, "that") : Optional.empty();
            if (name.isPresent() && that.isPresent()) {
                result.add(new Expectation(name.get(), that.get(), problems.position(item)));
            }
        }
        return result;
    }

    private Optional<String> nonBlank(Fields f, String key) {
        Optional<String> t = f.text(key);
        if (t.isPresent() && t.get().isBlank()) {
            problems.at(f.value(key), key + " must not be empty");
            return Optional.empty();
        }
        return t;
    }
}
