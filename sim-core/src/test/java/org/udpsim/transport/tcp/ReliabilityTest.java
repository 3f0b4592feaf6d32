package org.udpsim.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.trace.PacketDelivered;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketSent;
import org.udpsim.trace.TcpRetransmitted;

/** Every byte once and in order over a link that loses, delays and reorders; the same run twice alike. */
class ReliabilityTest {
    private static final int MESSAGES = 100;
    private static final int SIZE = 32;

    /** Message {@code i}: 32 bytes that name it, so a swapped or repeated message shows. */
    static byte[] message(int i) {
        byte[] m = new byte[SIZE];
        for (int k = 0; k < SIZE; k++) {
            m[k] = (byte) (i * 7 + k);
        }
        m[0] = (byte) i;
        return m;
    }

    static byte[] allMessages() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int i = 0; i < MESSAGES; i++) {
            all.writeBytes(message(i));
        }
        return all.toByteArray();
    }

    /** Runs the lossy transfer; returns the bytes the server read, and leaves the trace in {@code h}. */
    static byte[] lossyTransfer(TwoHosts h, TcpConfig config) throws Exception {
        h.clientToRouter().setImpairments("loss 30% delay 20ms 10ms reorder 10%");
        h.routerToClient().setImpairments("loss 30% delay 20ms 10ms reorder 10%");
        TcpSocket listening = h.listen(5001, 3);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        h.sim.spawn("client", self -> {
            TcpSocket s = h.clientTcp.open();
            s.connect(self, TwoHosts.SERVER, 5001, -1);
            for (int i = 0; i < MESSAGES; i++) {
                assertEquals(SIZE, s.sendAll(self, message(i), -1));
                self.sleep(SimTime.millis(20));
            }
            s.close();
        });
        h.sim.spawn("server", self -> {
            TcpSocket c = listening.accept(self, -1);
            byte[] b;
            while ((b = c.receive(self, 1024, -1)).length > 0) {
                got.writeBytes(b);
            }
            c.close();
        });
        h.sim.run();
        return got.toByteArray();
    }

    @Test
    void lossReorderingBothWays_everyByteArrivesOnceAndInOrder_board() throws Exception {
        try (TwoHosts h = new TwoHosts(7, TcpConfig.BOARD, TcpConfig.BOARD)) {
            assertArrayEquals(allMessages(), lossyTransfer(h, TcpConfig.BOARD));
            // seed 7: 53 of 176 segments lost, 10 reordered; 10 retransmissions (7 fast) repair it all, as a
            // retransmission carries every small message outstanding (up to one MSS)
            assertEquals(176, h.trace.ofType(PacketSent.class).size());
            assertEquals(53, h.trace.ofType(PacketDropped.class).size());
            assertEquals(10, h.trace.ofType(org.udpsim.trace.PacketReordered.class).size());
            assertEquals(10, h.trace.ofType(TcpRetransmitted.class).size());
            assertEquals(7, h.trace.ofType(TcpRetransmitted.class).stream()
                    .filter(r -> r.reason() == TcpRetransmitted.Reason.FAST).count());
            assertEquals(0, h.inFlight(), "every segment sent ends delivered or dropped");
            assertEquals(0, h.clientTcp.connectionCount() + h.serverTcp.connectionCount());
        }
    }

    @Test
    void lossReorderingBothWays_everyByteArrivesOnceAndInOrder_linux() throws Exception {
        try (TwoHosts h = new TwoHosts(8, TcpConfig.HOST, TcpConfig.HOST)) {
            assertArrayEquals(allMessages(), lossyTransfer(h, TcpConfig.HOST));
            assertEquals(0, h.inFlight());
        }
    }

    @Test
    void conservation_everySentSegmentIsDeliveredOrDroppedExactlyOnce() throws Exception {
        try (TwoHosts h = new TwoHosts(9, TcpConfig.BOARD, TcpConfig.HOST)) {
            lossyTransfer(h, TcpConfig.BOARD);
            java.util.Map<Long, Integer> ends = new java.util.TreeMap<>();
            for (PacketDelivered d : h.trace.ofType(PacketDelivered.class)) {
                ends.merge(d.packet().id(), 1, Integer::sum);
            }
            for (PacketDropped d : h.trace.ofType(PacketDropped.class)) {
                ends.merge(d.packet().id(), 1, Integer::sum);
            }
            long copies = h.trace.ofType(org.udpsim.trace.PacketCopied.class).size();
            assertEquals(h.trace.ofType(PacketSent.class).size() + copies, ends.size());
            assertTrue(ends.values().stream().allMatch(n -> n == 1), "no packet ends twice");
        }
    }

    @Test
    void sameSeed_sameTrace_otherSeed_otherTrace() throws Exception {
        String first;
        String second;
        String other;
        try (TwoHosts h = new TwoHosts(11, TcpConfig.BOARD, TcpConfig.HOST)) {
            lossyTransfer(h, TcpConfig.BOARD);
            first = h.trace.toJsonLines();
        }
        try (TwoHosts h = new TwoHosts(11, TcpConfig.BOARD, TcpConfig.HOST)) {
            lossyTransfer(h, TcpConfig.BOARD);
            second = h.trace.toJsonLines();
        }
        try (TwoHosts h = new TwoHosts(12, TcpConfig.BOARD, TcpConfig.HOST)) {
            lossyTransfer(h, TcpConfig.BOARD);
            other = h.trace.toJsonLines();
        }
        assertEquals(first, second);
        assertNotEquals(first, other);
        assertTrue(first.contains("\"type\":\"tcp_state\""));
        assertTrue(first.contains("\"type\":\"tcp_retransmit\""));
        assertTrue(first.contains("\"type\":\"tcp_cwnd\""));
    }
}
