package org.udpsim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.udpsim.board.Board;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.reports.run.RunInfo;
import org.udpsim.scenario.Expectation;
import org.udpsim.scenario.Impairment;
import org.udpsim.scenario.Pc;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioWarning;
import org.udpsim.topology.AccessPointNode;
import org.udpsim.topology.WiredLink;
import org.udpsim.wifi.AccessPointConfig;

/** The {@link RunInfo} of a scenario's run: what the report shows of the scenario, from the scenario and its world. */
final class RunInfoBuilder {
    private RunInfoBuilder() {
    }

    /** A figure-in-range teaching point as one line: {@code flow('udp').delivered_share in [0.75, 0.85]}. */
    static String condition(Expectation e) {
        String range = e.between().map(r -> " in [" + r.low() + ", " + r.high() + "]").orElse("");
        String over = e.replications() > 1 ? String.format(java.util.Locale.ROOT,
                " (%d runs, %.0f %% confidence)", e.replications(), e.confidence() * 100) : "";
        return e.measure().orElse("") + range + over;
    }

    static RunInfo build(Scenario scenario, ScenarioWorld world, String command) {
        Map<String, String> firstAddress = new TreeMap<>();
        for (Map.Entry<Ipv4Address, String> e : world.namesByAddress().entrySet()) {
            firstAddress.putIfAbsent(e.getValue(), e.getKey().toString());
        }
        List<RunInfo.Node> nodes = new ArrayList<>();
        List<RunInfo.Connection> connections = new ArrayList<>();
        List<RunInfo.HopImpairment> hops = new ArrayList<>();
        for (String r : scenario.network().routers()) {
            nodes.add(new RunInfo.Node(r, RunInfo.Kind.ROUTER, firstAddress.getOrDefault(r, ""), ""));
        }
        for (AccessPointNode ap : scenario.network().accessPoints()) {
            nodes.add(new RunInfo.Node(ap.name(), RunInfo.Kind.ACCESS_POINT, "", "WiFi \"" + ap.config().ssid() + "\""));
            ap.uplink().ifPresent(u -> connections.add(new RunInfo.Connection(ap.name(), u, false)));
            hops.add(new RunInfo.HopImpairment("*", ap.name(), ap.config().radio().toNetem(),
                    "retries " + ap.config().retryLimit(), warnings(scenario, "*", ap.name())));
        }
        for (org.udpsim.scenario.Board b : scenario.boards()) {
            Board board = world.boards().get(b.name());
            Ipv4Address ip = board.address();
            nodes.add(new RunInfo.Node(b.name(), b.servesWifi() ? RunInfo.Kind.BOARD_AP : RunInfo.Kind.BOARD,
                    ip.equals(Ipv4Address.ANY) ? "" : ip.toString(), world.programs().get(b.name()),
                    b.softAp().map(AccessPointConfig::ssid).orElse("")));
            b.accessPoint().ifPresent(ap -> connections.add(new RunInfo.Connection(ap, b.name(), true)));
            b.softAp().ifPresent(ap -> hops.add(new RunInfo.HopImpairment("*", b.name(), ap.radio().toNetem(),
                    "retries " + ap.retryLimit(), warnings(scenario, "*", b.name()))));
        }
        for (Pc pc : scenario.pcs()) {
            nodes.add(new RunInfo.Node(pc.name(), RunInfo.Kind.PC, firstAddress.getOrDefault(pc.name(), ""),
                    world.programs().get(pc.name())));
            pc.accessPoint().ifPresent(ap -> connections.add(new RunInfo.Connection(ap, pc.name(), true)));
        }
        for (WiredLink l : scenario.network().links()) {
            connections.add(new RunInfo.Connection(l.a(), l.b(), false));
        }
        for (Impairment i : scenario.impairments()) {
            hops.add(new RunInfo.HopImpairment(i.hop().from(), i.hop().to(), i.netem().toNetem(), "",
                    warnings(scenario, i.hop().from(), i.hop().to())));
        }
        List<RunInfo.TeachingPoint> points = new ArrayList<>();
        for (Expectation e : scenario.expectations()) {
            points.add(new RunInfo.TeachingPoint(e.name(), e.that().orElseGet(() -> condition(e))));
        }
        return new RunInfo(scenario.name(), scenario.description(), scenario.source().toString(), scenario.seed(),
                scenario.durationNanos(), command, nodes, connections, hops, points);
    }

    /** What the scenario's checker warned about hop direction {@code from -> to}. */
    private static List<String> warnings(Scenario scenario, String from, String to) {
        return scenario.warnings().stream().filter(w -> w.concerns(from, to)).map(ScenarioWarning::message).toList();
    }
}
