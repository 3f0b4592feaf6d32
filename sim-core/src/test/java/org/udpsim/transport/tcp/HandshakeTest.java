package org.udpsim.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.trace.PacketDelivered;
import org.udpsim.transport.udp.UdpLayer;
import org.udpsim.transport.udp.UdpSocket;

/** The three-way handshake on a clean link: its segments, their fields, and what it costs in time. */
class HandshakeTest {
    private static final byte[] HELLO = "hello mPython,I am TCP Client".getBytes(StandardCharsets.US_ASCII);
    private TwoHosts h;

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void connect_cleanLink_synSynAckAck_thenDataArrivesAtOneAndAHalfRoundTrips() throws Exception {
        h = new TwoHosts(1, TcpConfig.HOST, TcpConfig.HOST);
        TcpSocket listening = h.listen(5001, 3);
        long[] connectedAt = {-1};
        h.sim.spawn("client", self -> {
            TcpSocket s = h.clientTcp.open();
            s.connect(self, TwoHosts.SERVER, 5001, -1);
            connectedAt[0] = self.now();
            s.send(self, HELLO, -1);
        });
        byte[][] got = new byte[1][];
        long[] receivedAt = {-1};
        h.sim.spawn("server", self -> {
            TcpSocket c = listening.accept(self, -1);
            got[0] = c.receive(self, 1024, -1);
            receivedAt[0] = self.now();
        });
        h.sim.runUntil(SimTime.seconds(1));

        List<TcpHeader> fromClient = h.segmentsSentBy("client");
        List<TcpHeader> fromServer = h.segmentsSentBy("server");
        assertEquals("SYN", fromClient.get(0).flagNames());
        assertEquals("SYN|ACK", fromServer.get(0).flagNames());
        assertEquals("ACK", fromClient.get(1).flagNames());
        assertEquals("PSH|ACK", fromClient.get(2).flagNames());
        assertEquals(fromClient.get(0).sequence() + 1, fromServer.get(0).acknowledgement());
        assertEquals(fromServer.get(0).sequence() + 1, fromClient.get(1).acknowledgement());
        assertEquals(fromClient.get(0).sequence() + 1, fromClient.get(2).sequence(), "data starts after the SYN");
        assertEquals(1460, fromClient.get(0).mss());
        assertEquals(6, fromClient.get(0).dataOffset(), "20 bytes and the 4-byte MSS option");
        assertEquals(5, fromClient.get(1).dataOffset());

        long syn = 2 * TwoHosts.hop(44);
        assertEquals(2 * syn, connectedAt[0], "connected one round trip after connect()");
        long ackAhead = TwoHosts.LINK.serializationNanos(40); // the handshake's ACK leaves just before the data
        long data = 2 * TwoHosts.hop(40 + HELLO.length);
        assertEquals(2 * syn + ackAhead + data, receivedAt[0], "the first byte arrives after 1.5 round trips");
        assertArrayEquals(HELLO, got[0]);
    }

    @Test
    void udpDatagram_sameLink_arrivesAfterHalfARoundTrip() throws Exception {
        h = new TwoHosts(1, TcpConfig.HOST, TcpConfig.HOST);
        UdpSocket in = UdpLayer.of(h.server).open();
        in.bind(Ipv4Address.ANY, 6000);
        UdpLayer.of(h.client).open().sendTo(HELLO, TwoHosts.SERVER, 6000);
        h.sim.run();
        assertEquals(2 * TwoHosts.hop(28 + HELLO.length), in.poll().arrivedAt(), "UDP needs no handshake");
    }

    @Test
    void segments_carryValidChecksumsAndRealHeaderFields() throws Exception {
        h = new TwoHosts(1, TcpConfig.BOARD, TcpConfig.HOST);
        h.listen(5001, 1);
        TcpSocket s = h.clientTcp.open();
        s.connectAsync(TwoHosts.SERVER, 5001);
        h.sim.runUntil(SimTime.seconds(1));
        for (PacketDelivered d : h.trace.ofType(PacketDelivered.class)) {
            Packet p = d.packet();
            assertEquals(Packet.PROTOCOL_TCP, p.protocol());
            assertTrue(TcpHeader.checksumValid(p), "checksum of " + p);
        }
        TcpHeader syn = h.segmentsSentBy("client").get(0);
        assertEquals(1440, syn.mss(), "the board announces lwIP's MSS");
        assertEquals(5744, syn.window(), "and its window");
        assertEquals(s.localPort(), syn.sourcePort());
        assertTrue(s.localPort() >= 49152, "an lwIP ephemeral port");
        assertEquals(5001, syn.destinationPort());
        assertEquals(1440, s.info().mss(), "the smaller of both MSS");
        assertEquals(TcpState.ESTABLISHED, s.state());
    }

    @Test
    void corruptedSegment_isDroppedForItsChecksum_andRetransmitted() throws Exception {
        h = new TwoHosts(1, TcpConfig.HOST, TcpConfig.HOST);
        h.clientToRouter().setImpairments("corrupt 100%");
        h.listen(5001, 1);
        TcpSocket s = h.clientTcp.open();
        s.connectAsync(TwoHosts.SERVER, 5001);
        h.sim.runUntil(SimTime.millis(900));
        h.clientToRouter().setImpairments("");
        h.sim.runUntil(SimTime.seconds(3));
        assertTrue(h.trace.ofType(org.udpsim.trace.PacketDropped.class).stream()
                .anyMatch(d -> d.reason() == org.udpsim.trace.DropReason.CHECKSUM));
        assertEquals(TcpState.ESTABLISHED, s.state(), "the SYN retransmitted after 1 s gets through");
        assertFalse(h.trace.ofType(org.udpsim.trace.TcpRetransmitted.class).isEmpty());
    }
}
