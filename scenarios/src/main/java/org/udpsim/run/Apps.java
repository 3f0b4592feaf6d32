package org.udpsim.run;

import org.udpsim.apps.MessageReceiver;
import org.udpsim.apps.MessageSender;
import org.udpsim.apps.PeriodicUdpSender;
import org.udpsim.apps.UdpEcho;
import org.udpsim.apps.UdpSink;
import org.udpsim.net.Node;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.scenario.Endpoint;
import org.udpsim.scenario.Program;
import org.udpsim.scenario.ProgramArgs;
import org.udpsim.transport.SocketFailure;
import org.udpsim.transport.udp.UdpLayer;
import org.udpsim.transport.udp.UdpSocket;

/** Starts the built-in event-driven applications ({@code udp-echo}, {@code udp-sink}, {@code udp-sender}) on a node. */
final class Apps {
    private Apps() {
    }

    /**
     * Starts {@code program} on {@code node} now, with its scenario arguments; the run ends at {@code endNanos}.
     *
     * @throws IllegalArgumentException if the program is not an application, or its port is taken
     */
    static void start(Program program, ProgramArgs args, Node node, long endNanos) {
        try {
            switch (program) {
                case UDP_ECHO -> new UdpEcho(bound(node, args.integer("port")));
                case UDP_SINK -> new UdpSink(bound(node, args.integer("port")));
                case UDP_SENDER -> {
                    Endpoint to = args.endpoint("to");
                    long every = args.nanos("every");
                    long first = node.simulation().now() + args.nanos("start");
                    long stop = args.count("count").map(n -> first + (n - 1) * every + 1).orElse(endNanos);
                    new PeriodicUdpSender(node.simulation(), UdpLayer.of(node).open(), to.address(), to.port(),
                            args.integer("size"), every, Math.min(stop, endNanos)).start(first);
                }
                case MESSAGE_SENDER -> {
                    Endpoint to = args.endpoint("to");
                    new MessageSender(node, (String) args.get("protocol").orElseThrow(), to.address(), to.port(),
                            args.integer("size"), args.nanos("every"), args.count("count").orElseThrow())
                            .start(args.nanos("start"));
                }
                case MESSAGE_RECEIVER -> new MessageReceiver(node, (String) args.get("protocol").orElseThrow(),
                        args.integer("port"), args.integer("size"));
                default -> throw new IllegalArgumentException(program.id() + " is not an application");
            }
        } catch (SocketFailure e) {
            throw new IllegalArgumentException(node.name() + ": " + program.id() + " cannot start: " + e.getMessage(), e);
        }
    }

    private static UdpSocket bound(Node node, int port) throws SocketFailure {
        UdpSocket socket = UdpLayer.of(node).open();
        socket.bind(Ipv4Address.ANY, port);
        return socket;
    }
}
