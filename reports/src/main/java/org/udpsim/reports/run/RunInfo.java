package org.udpsim.reports.run;

import java.util.List;
import java.util.Objects;

/**
 * What was run, as a run folder's {@code run.json} keeps it for the report: the scenario's title and text, seed,
 * duration, the command that reproduces the run, the network's nodes and connections, the impairments per hop, and
 * the teaching points. The scenarios module fills it in; reports read it back (see {@link RunInfoJson}).
 *
 * @param scenario the scenario's title
 * @param description its free text, empty if none
 * @param scenarioFile the scenario file as the command named it
 * @param seed the run's seed
 * @param durationNanos how long the run lasted, simulated
 * @param command the command line that reproduces the run
 * @param nodes every node: routers, access points, boards, PCs, in the scenario's order
 * @param connections wired links, access point uplinks and WiFi associations
 * @param impairments the impairments per hop direction, radio settings of access points included
 * @param expectations the teaching points as written
 */
public record RunInfo(String scenario, String description, String scenarioFile, long seed, long durationNanos,
        String command, List<Node> nodes, List<Connection> connections, List<HopImpairment> impairments,
        List<TeachingPoint> expectations) {
    public RunInfo {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(command, "command");
        nodes = List.copyOf(nodes);
        connections = List.copyOf(connections);
        impairments = List.copyOf(impairments);
        expectations = List.copyOf(expectations);
    }

    /** The kinds of node. */
    public enum Kind {
        ROUTER, ACCESS_POINT, BOARD, PC,
        /** A board that is also an access point: its own ({@code soft_ap:}, {@code enable_APWiFi}). */
        BOARD_AP;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** True for what stations join: an access point, or a board that serves one. */
        public boolean servesWifi() {
            return this == ACCESS_POINT || this == BOARD_AP;
        }
    }

    /**
     * One node.
     *
     * @param ip its (first) address at the end of the run, empty if it had none
     * @param program what it ran, empty for routers; for an access point, its WiFi in words
     * @param ssid the network a board that is an access point ({@link Kind#BOARD_AP}) serves; else empty
     */
    public record Node(String name, Kind kind, String ip, String program, String ssid) {
        public Node {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(ip, "ip");
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(ssid, "ssid");
        }

        /** A node that serves no network of its own. */
        public Node(String name, Kind kind, String ip, String program) {
            this(name, kind, ip, program, "");
        }
    }

    /** Two nodes joined by a cable ({@code wired}) or by WiFi ({@code radio}: {@code a} is the access point). */
    public record Connection(String a, String b, boolean radio) {
    }

    /**
     * Impairments of one hop direction.
     *
     * @param from the sending end, or {@code *} for every station of an access point
     * @param to the receiving end
     * @param netem the netem options, empty for none
     * @param note anything else the hop does, e.g. {@code retries: 7}; empty if nothing
     * @param warnings what the scenario's checker warned about these options, one sentence each; empty if nothing
     */
    public record HopImpairment(String from, String to, String netem, String note, List<String> warnings) {
        public HopImpairment {
            warnings = List.copyOf(warnings);
        }

        /** A hop without warnings. */
        public HopImpairment(String from, String to, String netem, String note) {
            this(from, to, netem, note, List.of());
        }
    }

    /** A teaching point: its name and condition as written. */
    public record TeachingPoint(String name, String that) {
    }

    /** The node called {@code name}, or null. */
    public Node node(String name) {
        for (Node n : nodes) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        return null;
    }
}
