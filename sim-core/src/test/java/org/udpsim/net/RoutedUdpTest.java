package org.udpsim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.kernel.Simulation;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.FlowStatistics;
import org.udpsim.trace.FlowStats;
import org.udpsim.trace.PacketDelivered;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketForwarded;
import org.udpsim.trace.TraceRecorder;
import org.udpsim.transport.SocketFailure;
import org.udpsim.transport.udp.Datagram;
import org.udpsim.transport.udp.UdpLayer;
import org.udpsim.transport.udp.UdpSocket;

/** A client and a server on either side of a router, each on its own wired link. */
class RoutedUdpTest {
    private static final Ipv4Address CLIENT = Ipv4Address.parse("10.0.1.2");
    private static final Ipv4Address SERVER = Ipv4Address.parse("10.0.2.2");
    /** 10 Mbit/s, 5 ms each way. */
    private static final LinkConfig LINK = new LinkConfig(10_000_000, SimTime.millis(5), 4);

    private Simulation sim;
    private Network net;
    private Node client;
    private Node router;
    private Node server;
    private TraceRecorder trace;
    private FlowStatistics flows;

    @BeforeEach
    void build() {
        sim = new Simulation(11);
        net = new Network(sim);
        client = net.addHost("client");
        router = net.addRouter("router");
        server = net.addHost("server");
        net.connect(client, CLIENT, router, Ipv4Address.parse("10.0.1.1"), 24, LINK);
        net.connect(router, Ipv4Address.parse("10.0.2.1"), server, SERVER, 24, LINK);
        client.setDefaultGateway(Ipv4Address.parse("10.0.1.1"));
        server.setDefaultGateway(Ipv4Address.parse("10.0.2.1"));
        trace = new TraceRecorder();
        flows = new FlowStatistics();
        net.trace().addListener(trace);
        net.trace().addListener(flows);
    }

    @AfterEach
    void close() {
        sim.close();
    }

    private UdpSocket serverSocket() throws SocketFailure {
        UdpSocket s = UdpLayer.of(server).open();
        s.bind(Ipv4Address.ANY, 6000);
        return s;
    }

    @Test
    void datagram_throughRouter_arrivesAfterTwoSerializationsAndTwoDelays() throws Exception {
        UdpSocket in = serverSocket();
        UdpLayer.of(client).open().sendTo(new byte[100], SERVER, 6000);
        sim.run();
        Datagram d = in.poll();
        assertNotNull(d);
        // 128 bytes at 10 Mbit/s = 102.4 us, rounded up to whole ns, on each of the two links
        long expected = 2 * (102_400 + SimTime.millis(5));
        assertEquals(expected, d.arrivedAt());
        assertEquals(63, d.packet().ttl(), "one router: TTL one less");
        assertTrue(d.packet().ipHeaderValid());
        assertEquals(CLIENT, d.source());
        assertEquals(1, trace.ofType(PacketForwarded.class).size());
    }

    @Test
    void datagram_toPortWithoutListener_isDropped_andAnsweredWithPortUnreachable() throws Exception {
        serverSocket().close();
        UdpLayer.of(client).open().sendTo(new byte[10], SERVER, 7777);
        sim.run();
        List<PacketDropped> drops = trace.ofType(PacketDropped.class);
        assertEquals(1, drops.size());
        assertEquals(DropReason.NO_LISTENER, drops.get(0).reason());
        List<PacketDelivered> delivered = trace.ofType(PacketDelivered.class);
        assertEquals(1, delivered.size(), "the ICMP message reaches the client, which ignores it");
        assertEquals(1, delivered.get(0).packet().protocol());
        assertEquals("client", delivered.get(0).place());
    }

    @Test
    void datagram_toUnknownNetwork_isDroppedAtRouterForNoRoute() throws Exception {
        UdpLayer.of(client).open().sendTo(new byte[10], Ipv4Address.parse("172.16.0.1"), 6000);
        sim.run();
        PacketDropped d = trace.ofType(PacketDropped.class).get(0);
        assertEquals(DropReason.NO_ROUTE, d.reason());
        assertEquals("router", d.place());
    }

    @Test
    void sendTo_withoutAnyRoute_failsAtTheSender() {
        Node lonely = net.addHost("lonely");
        SocketFailure e = org.junit.jupiter.api.Assertions.assertThrows(SocketFailure.class,
                () -> UdpLayer.of(lonely).open().sendTo(new byte[1], SERVER, 6000));
        assertEquals(SocketFailure.Reason.NO_ROUTE, e.reason());
    }

    @Test
    void burst_largerThanQueue_isCutByDropTailAtTheFirstHop() throws Exception {
        UdpSocket in = serverSocket();
        UdpSocket out = UdpLayer.of(client).open();
        for (int i = 0; i < 10; i++) {
            out.sendTo(new byte[1000], SERVER, 6000);
        }
        sim.run();
        // one on the line and 4 waiting: 5 pass the client's link; the router's link is as fast, so all 5 arrive
        FlowStats f = flows.flows().get(0);
        assertEquals(10, f.sent());
        assertEquals(5, f.dropped(DropReason.QUEUE_FULL));
        assertEquals(5, f.delivered());
        assertEquals(5, in.queued());
        assertEquals(0, f.inFlight());
        assertEquals("client->router queue_full", flows.dropsByPlaceAndReason().keySet().iterator().next());
    }

    @Test
    void ttlOne_isDroppedAtTheRouter() throws Exception {
        serverSocket();
        client.send(org.udpsim.packet.Packet.udp(net.packetIds().next(), 0, CLIENT, 1000, SERVER, 6000, new byte[4], 1, 0));
        sim.run();
        assertEquals(DropReason.TTL_EXPIRED, trace.ofType(PacketDropped.class).get(0).reason());
    }

    @Test
    void corruptedPacket_isDroppedWhereTheChecksumIsChecked() throws Exception {
        serverSocket();
        org.udpsim.packet.Packet good = org.udpsim.packet.Packet.udp(net.packetIds().next(), 0, CLIENT, 1000, SERVER,
                6000, new byte[20], 64, 0);
        client.send(good.withBitFlipped(8 * 30)); // a payload bit: only the server's UDP checksum sees it
        client.send(good.withBitFlipped(8 * 12).copyAs(net.packetIds().next())); // a source-address bit: the router sees it
        sim.run();
        List<PacketDropped> drops = trace.ofType(PacketDropped.class);
        assertEquals(2, drops.size());
        assertEquals(DropReason.CHECKSUM, drops.get(0).reason());
        assertEquals("router", drops.get(0).place());
        assertEquals(DropReason.CHECKSUM, drops.get(1).reason());
        assertEquals("server", drops.get(1).place());
    }

    @Test
    void loopback_toOwnAddress_isDeliveredAtOnceWithoutTheWire() throws Exception {
        UdpSocket in = UdpLayer.of(client).open();
        in.bind(Ipv4Address.ANY, 5000);
        UdpLayer.of(client).open().sendTo(new byte[] {42}, CLIENT, 5000);
        sim.run();
        Datagram d = in.poll();
        assertNotNull(d);
        assertEquals(0, d.arrivedAt());
        assertNull(in.poll());
    }

    @Test
    void blockingReceive_inProcess_wakesWhenTheDatagramArrives() throws Exception {
        UdpSocket in = serverSocket();
        long[] got = new long[2];
        sim.spawn("server-program", self -> {
            Datagram d = in.receive(self, -1);
            got[0] = self.now();
            got[1] = in.receive(self, SimTime.millis(100)) == null ? -1 : 1;
        });
        sim.spawn("client-program", self -> {
            self.sleep(SimTime.seconds(1));
            UdpLayer.of(client).open().sendTo(new byte[100], SERVER, 6000);
        });
        sim.run();
        assertEquals(SimTime.seconds(1) + 2 * (102_400 + SimTime.millis(5)), got[0]);
        assertEquals(-1, got[1], "the second receive times out");
    }

    @Test
    void addRoute_throughGatewayOffEveryNetwork_isRefusedWithMessage() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> client.addRoute(Ipv4Prefix.parse("172.16.0.0/16"), Ipv4Address.parse("9.9.9.9")));
        assertTrue(e.getMessage().contains("9.9.9.9"), e.getMessage());
    }
}
