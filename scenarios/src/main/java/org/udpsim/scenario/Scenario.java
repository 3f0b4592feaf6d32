package org.udpsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.udpsim.packet.Protocol;
import org.udpsim.topology.AccessPointNode;
import org.udpsim.wifi.AccessPointConfig;
import org.udpsim.topology.Topology;

/**
 * A scenario: what a teacher wrote in a scenario file, checked and with every default filled in: the network,
 * the boards and PCs with their programs, the impairments per hop direction, and the teaching points to check.
 * Immutable; {@link ScenarioLoader} makes one from a file, and the wiring builds a simulation from it.
 *
 * @param name the title
 * @param description free text; empty if none
 * @param seed the run's random seed, 0 or more
 * @param durationNanos how long the run lasts, more than 0
 * @param network routers, access points and links, as sim-core models them
 * @param boards every board, groups expanded, in file order
 * @param pcs every PC, in file order
 * @param impairments per hop direction, in file order
 * @param expectations the teaching points, in file order
 * @param compare the protocols a comparison runs over ({@code [udp, tcp]}); empty for a plain run
 * @param source the scenario file
 * @param warnings what the file sets that is allowed but surprises, in file order
 */
public record Scenario(String name, String description, long seed, long durationNanos, Topology network,
        List<Board> boards, List<Pc> pcs, List<Impairment> impairments, List<Expectation> expectations,
        List<Protocol> compare, Path source, List<ScenarioWarning> warnings) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        Objects.requireNonNull(description, "description");
        if (seed < 0) {
            throw new IllegalArgumentException("the seed must be 0 or more, was " + seed);
        }
        if (durationNanos <= 0) {
            throw new IllegalArgumentException("the duration must be more than 0, was " + durationNanos + " ns");
        }
        Objects.requireNonNull(network, "network");
        boards = List.copyOf(boards);
        pcs = List.copyOf(pcs);
        impairments = List.copyOf(impairments);
        expectations = List.copyOf(expectations);
        compare = List.copyOf(compare);
        Objects.requireNonNull(source, "source");
        warnings = List.copyOf(warnings);
        Set<String> names = new HashSet<>();
        for (String n : nodeNames(network, boards, pcs)) {
            if (!names.add(n)) {
                throw new IllegalArgumentException("the name '" + n + "' is used twice");
            }
        }
    }

    /** The board called {@code name}. */
    public Optional<Board> board(String name) {
        return boards.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /** The PC called {@code name}. */
    public Optional<Pc> pc(String name) {
        return pcs.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The boards' and PCs' names, in file order: the hosts a teaching point may name. */
    public List<String> hostNames() {
        return Stream.concat(boards.stream().map(Board::name), pcs.stream().map(Pc::name)).toList();
    }

    /**
     * What the access point {@code name} offers its stations: one of the network's, or the one a board serves
     * ({@code soft_ap:}); empty if there is none of that name.
     */
    public Optional<AccessPointConfig> accessPointConfig(String name) {
        Optional<AccessPointConfig> ap = network.accessPoint(name).map(AccessPointNode::config);
        if (ap.isPresent()) {
            return ap;
        }
        return boards.stream().filter(b -> b.name().equals(name)).findFirst().flatMap(Board::softAp);
    }

    /** Every node's name: routers, access points, boards, PCs, each in file order. */
    public List<String> nodeNames() {
        return nodeNames(network, boards, pcs);
    }

    private static List<String> nodeNames(Topology network, List<Board> boards, List<Pc> pcs) {
        return Stream.of(
                network.routers().stream(),
                network.accessPoints().stream().map(AccessPointNode::name),
                boards.stream().map(Board::name),
                pcs.stream().map(Pc::name)).flatMap(s -> s).toList();
    }

    /** The same scenario with another seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, newSeed, durationNanos, network, boards, pcs, impairments, expectations,
                compare, source, warnings);
    }

    /** True if the scenario runs once per protocol of {@link #compare()} (same network, same seed). */
    public boolean isComparison() {
        return !compare.isEmpty();
    }

    /**
     * The run of a comparison over one protocol: every message-sender and message-receiver switched to it, the
     * comparison itself gone.
     */
    public Scenario over(Protocol protocol) {
        List<Board> bs = new ArrayList<>();
        for (Board b : boards) {
            bs.add(new Board(b.name(), b.program(), b.args().withProtocol(b.program(), protocol), b.accessPoint(), b.ip(),
                    b.startNanos(), b.buttons(), b.group(), b.python(), b.softAp()));
        }
        List<Pc> ps = new ArrayList<>();
        for (Pc p : pcs) {
            ps.add(new Pc(p.name(), p.program(), p.args().withProtocol(p.program(), protocol), p.accessPoint(), p.ip(),
                    p.startNanos()));
        }
        return new Scenario(name, description, seed, durationNanos, network, bs, ps, impairments, expectations,
                List.of(), source, warnings);
    }
}
