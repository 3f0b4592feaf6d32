package org.udpsim.run;

import org.udpsim.apps.MessageReceiver;
import org.udpsim.apps.MessageSender;
import org.udpsim.apps.PeriodicUdpSender;
import org.udpsim.apps.UdpEcho;
import org.udpsim.apps.UdpSink;
import org.udpsim.net.Node;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.scenario.Arg;
import org.udpsim.scenario.Endpoint;
import org.udpsim.scenario.Program;
import org.udpsim.scenario.ProgramArgs;
import org.udpsim.transport.SocketFailure;
import org.udpsim.transport.udp.UdpLayer;
import org.udpsim.transport.udp.UdpSocket;

/**
 * Starts the built-in event-driven applications ({@code udp-echo}, {@code udp-sink}, {@code udp-sender},
 * {@code message-sender}, {@code message-receiver}) on a node.
 */
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
                case UDP_ECHO -> new UdpEcho(bound(node, args.get(Arg.PORT)));
                case UDP_SINK -> new UdpSink(bound(node, args.get(Arg.PORT)));
                case UDP_SENDER -> {
                    Endpoint to = args.get(Arg.TO);
                    long every = args.get(Arg.EVERY);
                    long first = node.simulation().now() + args.get(Arg.START);
                    long stop = args.optional(Arg.COUNT).map(n -> first + (n - 1) * every + 1).orElse(endNanos);
                    new PeriodicUdpSender(node.simulation(), UdpLayer.of(node).open(), to.address(), to.port(),
                            args.get(Arg.SIZE), every, Math.min(stop, endNanos)).start(first);
                }
                case MESSAGE_SENDER -> {
                    Endpoint to = args.get(Arg.TO);
                    new MessageSender(node, args.get(Arg.PROTOCOL), to.address(), to.port(), args.get(Arg.SIZE),
                            args.get(Arg.EVERY), args.get(Arg.COUNT)).start(args.get(Arg.START));
                }
                case MESSAGE_RECEIVER -> new MessageReceiver(node, args.get(Arg.PROTOCOL), args.get(Arg.PORT),
                        args.get(Arg.SIZE));
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
