package org.udpsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Protocol;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a scenario's {@code compare: [udp, tcp]} and checks the pairing rules: the scenario then runs once per
 * protocol on identical networks with the same seed, so its message streams must be able to switch transport
 * ({@code message-sender} and {@code message-receiver}); a lesson program speaks one protocol and cannot be paired.
 * Without a comparison, a stream aimed at a receiver of the other protocol is refused too.
 */
final class Comparison {
    private final Problems problems;

    Comparison(Problems problems) {
        this.problems = problems;
    }

    /**
     * The protocols to compare, in order; empty for a plain run.
     *
     * @param hostsNode where problems of a plain run's streams are reported (the boards' mapping)
     */
    List<Protocol> read(Node n, Node hostsNode, List<Board> boards, List<Pc> pcs) {
        if (n == null) {
            checkAims(hostsNode, boards, pcs);
            return List.of();
        }
        List<Protocol> protocols = new ArrayList<>();
        for (Node item : Nodes.items(n, "a list of protocols like [udp, tcp]", problems)) {
            Optional<Protocol> p = Fields.parse(problems, item, t -> ArgType.PROTOCOL.parse("compare", t),
                    ArgType.PROTOCOL.expected());
            if (p.isPresent() && protocols.contains(p.get())) {
                problems.at(item, "compare names " + p.get().label() + " twice");
            } else {
                p.ifPresent(protocols::add);
            }
        }
        if (protocols.size() < 2) {
            if (problems.count() == 0) {
                problems.at(n, "compare needs two protocols, e.g. [udp, tcp]");
            }
            return protocols;
        }
        boolean sender = false;
        boolean lesson = false;
        for (Board b : boards) {
            lesson |= b.program().isLesson();
            sender |= b.program() == Program.MESSAGE_SENDER;
            if (b.program().isLesson()) {
                problems.at(n, "compare cannot pair board '" + b.name() + "': its program " + b.program().id()
                        + " speaks " + (b.program().needsTcp() ? "TCP" : "UDP") + " only; use message-sender and "
                        + "message-receiver, which send the same stream over either");
            }
        }
        for (Pc p : pcs) {
            sender |= p.program() == Program.MESSAGE_SENDER;
        }
        if (!sender && !lesson) { // a lesson program refused says what to use instead
            problems.at(n, "compare needs a message-sender: it sends the stream that is compared");
        }
        return protocols;
    }

    /** Without a comparison: every stream and TCP lesson must aim at a receiver of its own protocol. */
    private void checkAims(Node at, List<Board> boards, List<Pc> pcs) {
        List<Aim> aims = new ArrayList<>();
        List<Aim> listeners = new ArrayList<>();
        for (Board b : boards) {
            collect(b.name(), b.program(), b.args(), b.ip(), aims, listeners);
        }
        for (Pc p : pcs) {
            collect(p.name(), p.program(), p.args(), p.ip(), aims, listeners);
        }
        for (Aim a : aims) {
            for (Aim l : listeners) {
                if (l.address.equals(a.address) && l.port == a.port && l.protocol != a.protocol) {
                    problems.at(at, "'" + a.host + "' (" + a.program + ") sends " + a.protocol.name() + " to "
                            + a.address + ":" + a.port + ", where '" + l.host + "' (" + l.program + ") takes only "
                            + l.protocol.name());
                }
            }
        }
    }

    /** Who sends to which address and port over which protocol, and who listens where. */
    private record Aim(String host, String program, Protocol protocol, Ipv4Address address, int port) {
    }

    private static void collect(String host, Program program, ProgramArgs args, Optional<Ipv4Address> ip,
            List<Aim> aims, List<Aim> listeners) {
        switch (program) {
            case UDP_CLIENT -> aims.add(new Aim(host, program.id(), Protocol.UDP, args.get(Arg.SERVER),
                    args.get(Arg.PORT)));
            case TCP_CLIENT -> aims.add(new Aim(host, program.id(), Protocol.TCP, args.get(Arg.SERVER),
                    args.get(Arg.PORT)));
            case MESSAGE_SENDER -> aims.add(new Aim(host, program.id(), args.get(Arg.PROTOCOL),
                    args.get(Arg.TO).address(), args.get(Arg.TO).port()));
            case UDP_SERVER, UDP_ECHO, UDP_SINK -> ip.ifPresent(a -> listeners.add(
                    new Aim(host, program.id(), Protocol.UDP, a, args.get(Arg.PORT))));
            case TCP_SERVER -> ip.ifPresent(a -> listeners.add(
                    new Aim(host, program.id(), Protocol.TCP, a, args.get(Arg.PORT))));
            case MESSAGE_RECEIVER -> ip.ifPresent(a -> listeners.add(new Aim(host, program.id(),
                    args.get(Arg.PROTOCOL), a, args.get(Arg.PORT))));
            default -> {
            }
        }
    }
}
