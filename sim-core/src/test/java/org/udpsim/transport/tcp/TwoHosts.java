package org.udpsim.transport.tcp;

import java.util.ArrayList;
import java.util.List;
import org.udpsim.kernel.SimTime;
import org.udpsim.kernel.Simulation;
import org.udpsim.net.LinkConfig;
import org.udpsim.net.LinkDirection;
import org.udpsim.net.Network;
import org.udpsim.net.Node;
import org.udpsim.net.PointToPointLink;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.trace.FlowStatistics;
import org.udpsim.trace.FlowStats;
import org.udpsim.trace.PacketSent;
import org.udpsim.trace.TcpStateChanged;
import org.udpsim.trace.TraceRecorder;

/** A client and a server on either side of a router, each on its own wired link, both with TCP. */
final class TwoHosts implements AutoCloseable {
    static final Ipv4Address CLIENT = Ipv4Address.parse("10.0.1.2");
    static final Ipv4Address SERVER = Ipv4Address.parse("10.0.2.2");
    /** On the server's network, but no node has it. */
    static final Ipv4Address ABSENT = Ipv4Address.parse("10.0.2.77");
    /** 100 Mbit/s, 10 ms each way on each link: a round trip of a little over 40 ms. */
    static final LinkConfig LINK = LinkConfig.of(100_000_000, SimTime.millis(10));

    final Simulation sim;
    final Network net;
    final Node client;
    final Node router;
    final Node server;
    final PointToPointLink clientLink;
    final PointToPointLink serverLink;
    final TcpLayer clientTcp;
    final TcpLayer serverTcp;
    final TraceRecorder trace = new TraceRecorder();
    final FlowStatistics flows = new FlowStatistics();

    TwoHosts(long seed, TcpConfig clientConfig, TcpConfig serverConfig) {
        this(seed, clientConfig, serverConfig, LINK);
    }

    TwoHosts(long seed, TcpConfig clientConfig, TcpConfig serverConfig, LinkConfig link) {
        sim = new Simulation(seed);
        net = new Network(sim);
        client = net.addHost("client");
        router = net.addRouter("router");
        server = net.addHost("server");
        clientLink = net.connect(client, CLIENT, router, Ipv4Address.parse("10.0.1.1"), 24, link);
        serverLink = net.connect(router, Ipv4Address.parse("10.0.2.1"), server, SERVER, 24, link);
        client.setDefaultGateway(Ipv4Address.parse("10.0.1.1"));
        server.setDefaultGateway(Ipv4Address.parse("10.0.2.1"));
        clientTcp = TcpLayer.install(client, clientConfig);
        serverTcp = TcpLayer.install(server, serverConfig);
        net.trace().addListener(trace);
        net.trace().addListener(flows);
    }

    /** The hop from the client to the router: where the client's segments meet their impairments. */
    LinkDirection clientToRouter() {
        return clientLink.direction(client);
    }

    /** The hop from the router back to the client: where the server's segments meet theirs. */
    LinkDirection routerToClient() {
        return clientLink.direction(router);
    }

    /** A socket listening on the server at {@code port}. */
    TcpSocket listen(int port, int backlog) throws Exception {
        TcpSocket s = serverTcp.open();
        s.bind(Ipv4Address.ANY, port);
        s.listen(backlog);
        return s;
    }

    /** The time a packet of {@code bytes} takes over one link: serialization plus propagation. */
    static long hop(int bytes) {
        return LINK.serializationNanos(bytes) + LINK.propagationDelayNanos();
    }

    /** The TCP segments sent by {@code node}, in order, as headers. */
    List<TcpHeader> segmentsSentBy(String node) {
        List<TcpHeader> out = new ArrayList<>();
        for (PacketSent s : trace.ofType(PacketSent.class)) {
            if (s.place().equals(node) && s.packet().protocol() == Packet.PROTOCOL_TCP) {
                out.add(TcpHeader.parse(s.packet()));
            }
        }
        return out;
    }

    /** The states a node's connections passed through, as {@code FROM>TO} strings in order. */
    List<String> statesOf(String node) {
        List<String> out = new ArrayList<>();
        for (TcpStateChanged c : trace.ofType(TcpStateChanged.class)) {
            if (c.node().equals(node)) {
                out.add(c.from() + ">" + c.to());
            }
        }
        return out;
    }

    /** Packets neither delivered nor dropped yet, over every flow. */
    long inFlight() {
        long n = 0;
        for (FlowStats f : flows.flows()) {
            n += f.inFlight();
        }
        return n;
    }

    @Override
    public void close() {
        sim.close();
    }
}
