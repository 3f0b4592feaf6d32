package org.udpsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.udpsim.packet.Protocol;
import org.udpsim.topology.AccessPointNode;
import org.udpsim.topology.Topology;
import org.udpsim.topology.WiredLink;
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
    private final Bounds bounds;

    ScenarioReader(Problems problems, Path file, Bounds bounds) {
        this.problems = problems;
        this.file = file;
        this.bounds = bounds;
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
            if (duration > bounds.maxDurationNanos()) {
                problems.at(top.value("duration"), "duration " + Shown.value(Nodes.text(top.value("duration")).strip())
                        + " is more than 24 hours (1440min), longer than a lesson needs; pass --allow-long to run it anyway");
            }
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
        List<String> routers = new ArrayList<>();
        for (Nodes.Entry e : routerEntries) {
            Optional.ofNullable(networkReader.router(e)).ifPresent(routers::add);
        }
        List<AccessPointNode> aps = new ArrayList<>();
        for (Nodes.Entry e : apEntries) {
            Optional.ofNullable(networkReader.accessPoint(e)).ifPresent(aps::add);
        }
        List<WiredLink> links = networkReader.links(net.value("links"));
        Topology network = new Topology(routers, aps, links);

        Path folder = file.toAbsolutePath().getParent();
        HostReader hosts = new HostReader(problems, names, network, new ProgramResolver(problems,
                folder == null ? Path.of("") : folder), networkReader);
        List<Board> boards = new ArrayList<>();
        for (Nodes.Entry e : boardEntries) {
            boards.addAll(hosts.boards(e));
        }
        List<Pc> pcs = new ArrayList<>();
        for (Nodes.Entry e : pcEntries) {
            Optional.ofNullable(hosts.pc(e)).ifPresent(pcs::add);
        }

        if (boards.size() > bounds.maxBoards()) {
            problems.at(top.keyNode("boards"), boards.size() + " boards are more than a classroom needs (at most "
                    + bounds.maxBoards() + "); pass --allow-large to run them anyway");
        }
        if (problems.count() == 0) {
            WifiChecks.check(problems, network, boards, pcs, boardEntries);
        }
        List<Impairment> impairments = new ImpairmentReader(problems, names, network, boards, pcs)
                .read(top.value("impairments"));
        List<Expectation> expectations = expectations(top.value("expect"));
        List<Protocol> compare = problems.count() > 0 ? List.of()
                : new Comparison(problems).read(top.value("compare"), top.value("boards"), boards, pcs);
        if (problems.count() == 0) {
            checkTraceSize(TraceEstimate.of(boards, pcs, network, duration, compare.size()), top, boardEntries,
                    pcEntries, duration);
        }
        if (problems.count() > 0) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(name, description, seed, duration, network, boards, pcs, impairments,
                expectations, compare, file, problems.warnings()));
    }

    /**
     * Refuses a run whose trace would be larger than the bounds allow, at the entry of the board or PC that sends
     * the most.
     */
    private void checkTraceSize(TraceEstimate.Size size, Fields top, List<Nodes.Entry> boards,
            List<Nodes.Entry> pcs, long duration) {
        if (size.bytes() <= bounds.maxTraceBytes()) {
            return;
        }
        Node at = top.keyNode("duration");
        for (Nodes.Entry e : concat(boards, pcs)) {
            if (e.key().equals(size.host())) {
                at = e.keyNode();
            }
        }
        problems.at(at, "the run's trace would be about " + TraceEstimate.Size.format(size.bytes()) + ", most of it"
                + " from '" + size.host() + "' (about " + size.hostPackets() + " packets and copies in "
                + Units.formatDuration(duration) + ", each about 1 KB of trace), more than a lesson needs (at most "
                + TraceEstimate.Size.format(bounds.maxTraceBytes()) + "); shorten the duration or slow the sender,"
                + " or pass --allow-large to run it anyway");
    }

    private static List<Nodes.Entry> concat(List<Nodes.Entry> a, List<Nodes.Entry> b) {
        List<Nodes.Entry> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
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
            } else if (names.register(e.key(), NodeNames.Kind.BOARD, e.keyNode())
                    && Nodes.valueOf(e.value(), "soft_ap") != null) {
                names.servesWifi(e.key());
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
            expectation(f, item).ifPresent(result::add);
        }
        return result;
    }

    /** One teaching point: {@code that}, or {@code measure} with {@code between} (and replications, confidence). */
    private Optional<Expectation> expectation(Fields f, Node item) {
        Optional<String> name = f.require("name") ? nonBlank(f, "name") : Optional.empty();
        Optional<String> that = nonBlank(f, "that");
        Optional<String> measure = nonBlank(f, "measure");
        if (f.has("that") == f.has("measure")) {
            if (!f.misspelt("that") && !f.misspelt("measure")) {
                problems.at(f.anchor(), f.what() + " needs either 'that' (a condition) or 'measure' with"
                        + " 'between'");
            }
            return Optional.empty();
        }
        Optional<Expectation.Range> between = Optional.empty();
        if (f.has("measure") && f.require("between")) {
            between = range(f.value("between"));
        } else if (f.has("between") && f.has("that")) {
            problems.at(f.keyNode("between"), "'between' goes with 'measure', not with 'that'");
            return Optional.empty();
        }
        long replications = f.wholeNumber("replications", 1, 10_000).orElse(1L);
        double confidence = Expectation.DEFAULT_CONFIDENCE;
        if (f.has("confidence")) {
            Optional<java.math.BigDecimal> c = f.parse("confidence", Units::percent, "a percentage like 95%");
            if (c.isEmpty()) {
                return Optional.empty();
            }
            confidence = c.get().doubleValue() / 100;
            if (!(confidence > 0 && confidence < 1)) {
                problems.at(f.value("confidence"), "confidence must be more than 0 % and less than 100 %, got "
                        + Shown.value(Nodes.text(f.value("confidence"))));
                return Optional.empty();
            }
            if (replications < 2) {
                problems.at(f.keyNode("confidence"), "a confidence interval needs at least 2 replications, got "
                        + replications + " (add replications: 30)");
                return Optional.empty();
            }
        }
        if (replications > 1 && f.has("that")) {
            problems.at(f.keyNode("replications"), "replications go with 'measure' and 'between', not with 'that'");
            return Optional.empty();
        }
        if (name.isEmpty() || that.isEmpty() && measure.isEmpty() || (f.has("measure") && between.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Expectation(name.get(), that, measure, between, (int) replications, confidence,
                problems.position(item)));
    }

    private Optional<Expectation.Range> range(Node n) {
        List<Node> ends = Nodes.items(n, "a range like [0.75, 0.85]", problems);
        if (ends.size() != 2) {
            problems.at(n, "expected a range like [0.75, 0.85] (two numbers), got " + Nodes.describe(n, 40));
            return Optional.empty();
        }
        try {
            double low = Double.parseDouble(Nodes.text(ends.get(0)));
            double high = Double.parseDouble(Nodes.text(ends.get(1)));
            if (!(low <= high)) {
                problems.at(n, "the range must go from low to high, got [" + Shown.value(Nodes.text(ends.get(0)))
                        + ", " + Shown.value(Nodes.text(ends.get(1))) + "]");
                return Optional.empty();
            }
            return Optional.of(new Expectation.Range(low, high));
        } catch (NumberFormatException | NullPointerException e) {
            problems.at(n, "expected a range like [0.75, 0.85] (two numbers), got " + Nodes.describe(n, 40));
            return Optional.empty();
        }
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
