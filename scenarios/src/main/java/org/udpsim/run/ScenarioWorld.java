package org.udpsim.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.udpsim.board.BoardConfig;
import org.udpsim.kernel.Simulation;
import org.udpsim.net.NetInterface;
import org.udpsim.net.Network;
import org.udpsim.net.Node;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.python.PythonRuntime;
import org.udpsim.scenario.Board;
import org.udpsim.scenario.ButtonPress;
import org.udpsim.scenario.Impairment;
import org.udpsim.scenario.Pc;
import org.udpsim.scenario.Scenario;
import org.udpsim.topology.Topology;
import org.udpsim.topology.TopologyWiring;
import org.udpsim.wifi.AccessPointConfig;
import org.udpsim.wifi.Station;
import org.udpsim.wifi.WifiEnvironment;

/**
 * The simulated world a scenario describes: its routers, access points, wired links, boards and PCs, with their
 * impairments and programs, ready to run. sim-core's {@link TopologyWiring} builds the fixed network; this adds the
 * hosts and what they run.
 */
public final class ScenarioWorld implements AutoCloseable {
    private final Scenario scenario;
    private final Simulation sim;
    private final Network net;
    private final WifiEnvironment wifi;
    private final Map<String, org.udpsim.board.Board> boards = new LinkedHashMap<>();
    private final Map<String, Node> pcs = new LinkedHashMap<>();
    private final Map<String, String> programs = new LinkedHashMap<>();

    private ScenarioWorld(Scenario scenario) {
        this.scenario = scenario;
        this.sim = new Simulation(scenario.seed());
        this.net = new Network(sim);
        this.wifi = new WifiEnvironment(net);
    }

    /**
     * Builds the world of {@code scenario}; programs start at their start times once the simulation runs.
     *
     * @throws IllegalArgumentException for what the scenario's own checks could not see (a message for the user)
     */
    public static ScenarioWorld build(Scenario scenario) {
        ScenarioWorld w = new ScenarioWorld(scenario);
        try {
            w.wire();
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
        return w;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Simulation simulation() {
        return sim;
    }

    public Network network() {
        return net;
    }

    /** The boards, in the scenario's order. */
    public Map<String, org.udpsim.board.Board> boards() {
        return boards;
    }

    /** The PCs, in the scenario's order. */
    public Map<String, Node> pcs() {
        return pcs;
    }

    /** What each board and PC runs, by name. */
    public Map<String, String> programs() {
        return programs;
    }

    /** Every node's name by each of its addresses now, for naming flows. */
    public Map<Ipv4Address, String> namesByAddress() {
        Map<Ipv4Address, String> names = new TreeMap<>();
        for (Node n : net.nodes()) {
            for (NetInterface i : n.interfaces()) {
                if (i.hasAddress()) {
                    names.putIfAbsent(i.address(), n.name());
                }
            }
        }
        return names;
    }

    /**
     * Each board's and PC's address now ({@code 0.0.0.0} if it has none; a board that serves an access point and
     * joins none has its access point's, 192.168.4.1), in the scenario's order.
     */
    public Map<String, String> addressesByHost() {
        Map<String, String> ips = new LinkedHashMap<>();
        boards.forEach((n, b) -> ips.put(n, b.address().toString()));
        pcs.forEach((n, node) -> ips.put(n, node.primaryAddress().toString()));
        return ips;
    }

    @Override
    public void close() {
        sim.close();
    }

    private void wire() {
        long end = scenario.durationNanos();
        Topology topology = reserved(scenario);
        TopologyWiring wiring = new TopologyWiring(wifi, topology);
        wiring.addRoutersAndAccessPoints();
        int python = (int) scenario.boards().stream().filter(b -> b.python().isPresent()).count();
        if (python > 0) {
            PythonRuntime.shared().prepare(python);
        }
        for (Board b : scenario.boards()) {
            org.udpsim.board.Board board = new org.udpsim.board.Board(net, wifi, b.name(), BoardConfig.DEFAULT);
            for (ButtonPress p : b.buttons()) {
                (p.button() == org.udpsim.scenario.Button.A ? board.button_a : board.button_b)
                        .scriptPress(p.atNanos(), p.holdNanos());
            }
            AccessPointConfig ap = b.accessPoint().flatMap(scenario::accessPointConfig).orElse(null);
            board.start(b.startNanos(), b.programName(), Programs.forBoard(b, ap, end));
            boards.put(b.name(), board);
            programs.put(b.name(), b.python().isPresent() ? b.programName() : Programs.describe(b.program(), b.args()));
        }
        for (Board b : scenario.boards()) {
            if (b.ip().isPresent() && b.accessPoint().filter(boards::containsKey).isPresent()) {
                boards.get(b.accessPoint().get()).reserveOnSoftAp(b.name(), b.ip().get());
            }
        }
        for (Pc pc : scenario.pcs()) {
            if (pc.ip().isPresent() && pc.accessPoint().isPresent() && boards.containsKey(pc.accessPoint().get())) {
                boards.get(pc.accessPoint().get()).reserveOnSoftAp(pc.name(), pc.ip().get());
            }
        }
        for (Pc pc : scenario.pcs()) {
            pcs.put(pc.name(), net.addHost(pc.name()));
            programs.put(pc.name(), Programs.describe(pc.program(), pc.args()));
        }
        wiring.connectLinks();
        wiring.installRoutes();
        for (Pc pc : scenario.pcs()) {
            startPc(pc, topology, end);
        }
        for (Impairment i : scenario.impairments()) {
            wiring.impair(i.impairment());
        }
    }

    /**
     * The scenario's topology with every board's and PC's {@code ip:} as a DHCP reservation of its access point, if
     * that is one of the network's (a board's soft access point gets its reservations from the board).
     */
    private static Topology reserved(Scenario scenario) {
        Topology t = scenario.network();
        for (Board b : scenario.boards()) {
            if (b.ip().isPresent() && b.accessPoint().flatMap(t::accessPoint).isPresent()) {
                t = t.withReservation(b.accessPoint().get(), b.name(), b.ip().get());
            }
        }
        for (Pc pc : scenario.pcs()) {
            if (pc.accessPoint().isPresent() && pc.ip().isPresent() && t.accessPoint(pc.accessPoint().get()).isPresent()) {
                t = t.withReservation(pc.accessPoint().get(), pc.name(), pc.ip().get());
            }
        }
        return t;
    }

    private void startPc(Pc pc, Topology topology, long end) {
        Node node = pcs.get(pc.name());
        if (pc.isWired()) {
            sim.scheduleAt(pc.startNanos(), () -> Apps.start(pc.program(), pc.args(), node, end));
            return;
        }
        AccessPointConfig ap = scenario.accessPointConfig(pc.accessPoint().get()).orElseThrow();
        Station station = wifi.addStation(node);
        sim.scheduleAt(pc.startNanos(), () -> station.connect(ap.ssid(), ap.password(), result -> {
            if (result.isConnected()) {
                Apps.start(pc.program(), pc.args(), node, end);
            }
        }));
    }

    /** The names of all boards and PCs, in the scenario's order. */
    public List<String> hostNames() {
        List<String> names = new ArrayList<>(boards.keySet());
        names.addAll(pcs.keySet());
        return names;
    }
}
