package org.udpsim.transport.udp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.kernel.Simulation;
import org.udpsim.net.LinkConfig;
import org.udpsim.net.Network;
import org.udpsim.net.Node;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.FlowStatistics;
import org.udpsim.trace.FlowStats;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketUnread;
import org.udpsim.trace.TraceRecorder;
import org.udpsim.transport.SocketFailure;

/** A PC and a board on one wired network, the board with its lwIP behaviour. */
class UdpSocketTest {
    private static final Ipv4Address PC = Ipv4Address.parse("192.168.0.2");
    private static final Ipv4Address BOARD = Ipv4Address.parse("192.168.0.3");

    private Simulation sim;
    private Node pc;
    private Node board;
    private UdpLayer boardUdp;
    private TraceRecorder trace;

    @BeforeEach
    void build() {
        sim = new Simulation(5);
        Network net = new Network(sim);
        pc = net.addHost("pc");
        board = net.addHost("board");
        net.connect(pc, PC, board, BOARD, 24, LinkConfig.of(100_000_000, SimTime.millis(1)));
        boardUdp = UdpLayer.install(board, UdpConfig.BOARD);
        trace = new TraceRecorder();
        net.trace().addListener(trace);
    }

    @AfterEach
    void close() {
        sim.close();
    }

    private UdpSocket boardSocketOn(Ipv4Address address) throws SocketFailure {
        UdpSocket s = boardUdp.open();
        s.bind(address, 6000);
        return s;
    }

    @Test
    void receiveQueue_ofSix_dropsTheSeventhUntilRead() throws Exception {
        UdpSocket s = boardSocketOn(BOARD);
        UdpSocket out = UdpLayer.of(pc).open();
        for (int i = 0; i < 10; i++) {
            out.sendTo(new byte[] {(byte) i}, BOARD, 6000);
        }
        sim.run();
        assertEquals(6, s.queued());
        List<PacketDropped> drops = trace.ofType(PacketDropped.class);
        assertEquals(4, drops.size());
        assertTrue(drops.stream().allMatch(d -> d.reason() == DropReason.SOCKET_QUEUE_FULL));
        for (int i = 0; i < 6; i++) {
            assertArrayEquals(new byte[] {(byte) i}, s.poll().payload(), "the first six are kept, in order");
        }
    }

    @Test
    void datagramsNeverRead_areTracedUnread_whenTheSocketClosesOrTheRunEnds() throws Exception {
        FlowStatistics flows = new FlowStatistics();
        board.network().trace().addListener(flows);
        UdpSocket kept = boardSocketOn(BOARD);
        UdpSocket closed = boardUdp.open();
        closed.bind(BOARD, 7000);
        UdpSocket out = UdpLayer.of(pc).open();
        for (int i = 0; i < 5; i++) {
            out.sendTo(new byte[] {(byte) i}, BOARD, 6000);
            out.sendTo(new byte[] {(byte) i}, BOARD, 7000);
        }
        sim.run();
        kept.poll();
        kept.poll();
        closed.poll();
        closed.close();
        List<PacketUnread> atClose = trace.ofType(PacketUnread.class);
        assertEquals(4, atClose.size());
        assertTrue(atClose.stream().allMatch(u -> u.atClose() && u.packet().destinationPort() == 7000));
        UdpLayer.traceUnreadAtEnd(board.network());
        List<PacketUnread> all = trace.ofType(PacketUnread.class);
        assertEquals(7, all.size(), "4 thrown away with the closed socket, then the 3 still queued at the end");
        assertEquals(List.of(2, 3, 4), all.subList(4, 7).stream().map(u -> (int) u.packet().udpPayload()[0]).toList(),
                "the ones left at the end, oldest first");
        long[] unreadByPort = flows.flows().stream().mapToLong(FlowStats::queuedUnread).toArray();
        assertArrayEquals(new long[] {3, 4}, unreadByPort, "flows to port 6000, then 7000");
        assertTrue(flows.flows().stream().allMatch(f -> f.delivered() == 5));
    }

    @Test
    void payload_readWithSmallerBuffer_isTruncatedAndTheRestLost() throws Exception {
        UdpSocket s = boardSocketOn(BOARD);
        UdpLayer.of(pc).open().sendTo("hello message from mPython\r\n".getBytes(), BOARD, 6000);
        sim.run();
        Datagram d = s.poll();
        assertEquals("hello", new String(d.payload(5)));
        assertNull(s.poll(), "the rest of the datagram is not a second datagram");
    }

    @Test
    void datagramOverBoardLimit_isDroppedAsTooBig() throws Exception {
        UdpSocket s = boardSocketOn(BOARD);
        UdpSocket out = UdpLayer.of(pc).open();
        out.sendTo(new byte[1472], BOARD, 6000);
        out.sendTo(new byte[1473], BOARD, 6000);
        sim.run();
        assertEquals(1, s.queued());
        assertEquals(DropReason.TOO_BIG, trace.ofType(PacketDropped.class).get(0).reason());
    }

    @Test
    void bind_samePortTwice_failsUnlessBothReuse() throws Exception {
        boardSocketOn(BOARD);
        SocketFailure e = assertThrows(SocketFailure.class, () -> boardSocketOn(Ipv4Address.ANY));
        assertEquals(SocketFailure.Reason.ADDRESS_IN_USE, e.reason());

        UdpSocket a = boardUdp.open();
        a.setReuseAddress(true);
        a.bind(BOARD, 7000);
        UdpSocket b = boardUdp.open();
        b.setReuseAddress(true);
        b.bind(BOARD, 7000);
        assertEquals(7000, b.localPort());
    }

    @Test
    void bind_foreignAddress_isRefused() {
        SocketFailure e = assertThrows(SocketFailure.class, () -> boardSocketOn(PC));
        assertEquals(SocketFailure.Reason.ADDRESS_NOT_AVAILABLE, e.reason());
    }

    @Test
    void closedSocket_refusesUse_andFreesItsPort() throws Exception {
        UdpSocket s = boardSocketOn(BOARD);
        s.close();
        s.close();
        assertThrows(SocketFailure.class, () -> s.sendTo(new byte[1], PC, 1));
        assertNotNull(boardSocketOn(BOARD), "the port is free again");
    }

    @Test
    void broadcast_reachesSocketBoundToBoardAddress_onBoardButNotOnPc() throws Exception {
        UdpSocket onBoard = boardSocketOn(BOARD);
        UdpSocket onPc = UdpLayer.of(pc).open();
        onPc.bind(PC, 6000);
        UdpLayer.of(pc).open().sendTo(new byte[] {1}, Ipv4Address.BROADCAST, 6000);
        UdpSocket fromBoard = boardUdp.open();
        fromBoard.sendTo(new byte[] {2}, Ipv4Address.parse("192.168.0.255"), 6000);
        sim.run();
        assertEquals(1, onBoard.queued(), "lwIP gives broadcasts to a socket bound to the board's own address");
        assertEquals(0, onPc.queued(), "Linux does not");
        assertEquals(DropReason.NO_LISTENER, trace.ofType(PacketDropped.class).get(0).reason());
    }

    @Test
    void unboundSender_getsEphemeralPort_fixedBySeedAndNode() throws Exception {
        UdpSocket s = boardUdp.open();
        s.sendTo(new byte[1], PC, 9);
        int first = s.localPort();
        assertTrue(first >= 49152 && first <= 65535, "board ephemeral range, was " + first);
        try (Simulation again = new Simulation(5)) {
            Network n = new Network(again);
            Node b = n.addHost("board");
            Node p = n.addHost("pc");
            n.connect(p, PC, b, BOARD, 24, LinkConfig.of(100_000_000, SimTime.millis(1)));
            UdpSocket t = UdpLayer.install(b, UdpConfig.BOARD).open();
            t.sendTo(new byte[1], PC, 9);
            assertEquals(first, t.localPort(), "same seed, same node name: same port");
        }
    }

    @Test
    void config_impossibleValues_areRejectedWithTheRangeNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new UdpConfig(0, 1472, true, 49152, 65535));
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new UdpConfig(6, 1472, true, 60000, 50000));
    }
}
