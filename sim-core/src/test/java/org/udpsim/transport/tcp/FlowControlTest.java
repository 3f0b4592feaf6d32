package org.udpsim.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.trace.PacketSent;
import org.udpsim.trace.TcpRetransmitted;
import org.udpsim.transport.SocketFailure;

/** The send buffer, the receive window, and what happens when the peer stops answering. */
class FlowControlTest {
    private static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i % 251);
        }
        return b;
    }

    @Test
    void send_largerThanTheBoardsBuffer_returnsWhatFits_thenBlocksUntilAcked() throws Exception {
        try (TwoHosts h = new TwoHosts(5, TcpConfig.BOARD, TcpConfig.HOST)) {
            TcpSocket listening = h.listen(5001, 1);
            int[] sent = new int[2];
            long[] at = new long[3];
            h.sim.spawn("client", self -> {
                TcpSocket s = h.clientTcp.open();
                s.connect(self, TwoHosts.SERVER, 5001, -1);
                at[0] = self.now();
                sent[0] = s.send(self, pattern(10_000), -1);
                at[1] = self.now();
                sent[1] = s.send(self, new byte[10_000], -1);
                at[2] = self.now();
            });
            h.sim.spawn("server", self -> {
                TcpSocket c = listening.accept(self, -1);
                while (c.receive(self, 100_000, -1).length > 0) {
                    // read everything
                }
            });
            h.sim.runUntil(SimTime.seconds(5));
            assertEquals(5744, sent[0], "lwIP's 5744-byte send buffer takes that much");
            assertEquals(at[0], at[1], "without waiting");
            assertTrue(sent[1] > 0 && sent[1] <= 5744);
            assertTrue(at[2] > at[1], "the second send waited for acknowledgements");
        }
    }

    @Test
    void receiverNotReading_windowClosesAtFiveThousandSevenHundredFortyFour_probesKeepAsking_thenAllArrives()
            throws Exception {
        try (TwoHosts h = new TwoHosts(5, TcpConfig.HOST, TcpConfig.BOARD)) {
            TcpSocket listening = h.listen(5001, 1);
            byte[] data = pattern(20_000);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            int[] heldMost = {0};
            h.sim.spawn("client", self -> {
                TcpSocket s = h.clientTcp.open();
                s.connect(self, TwoHosts.SERVER, 5001, -1);
                s.sendAll(self, data, -1);
                s.close();
            });
            h.sim.spawn("server", self -> {
                TcpSocket c = listening.accept(self, -1);
                self.sleep(SimTime.seconds(10));
                heldMost[0] = c.available();
                byte[] b;
                while ((b = c.receive(self, 1000, -1)).length > 0) {
                    got.writeBytes(b);
                }
            });
            h.sim.run();
            assertEquals(5744, heldMost[0], "the sender filled the window and no more");
            assertArrayEquals(data, got.toByteArray());
            List<Long> probes = new ArrayList<>();
            for (PacketSent s : h.trace.ofType(PacketSent.class)) {
                if (s.place().equals("client") && TcpHeader.parse(s.packet()).payloadLength() == 1) {
                    probes.add(s.time());
                }
            }
            assertTrue(probes.size() >= 3, "zero-window probes while the server slept: " + probes);
            assertTrue(probes.get(2) - probes.get(1) > probes.get(1) - probes.get(0), "backing off");
            assertTrue(h.trace.ofType(TcpRetransmitted.class).isEmpty(), "probes are not retransmissions");
        }
    }

    @Test
    void peerStopsAnswering_board_twelveRetransmissionsBackingOffToTheCap_thenTimedOut() throws Exception {
        try (TwoHosts h = new TwoHosts(5, TcpConfig.BOARD, TcpConfig.HOST)) {
            TcpSocket listening = h.listen(5001, 1);
            SocketFailure[] failure = new SocketFailure[1];
            long[] at = {-1, -1};
            h.sim.spawn("server", self -> listening.accept(self, -1));
            h.sim.spawn("client", self -> {
                TcpSocket s = h.clientTcp.open();
                s.connect(self, TwoHosts.SERVER, 5001, -1);
                self.sleep(SimTime.seconds(1));
                h.clientToRouter().setImpairments("loss 100%");
                at[0] = self.now();
                s.send(self, new byte[100], -1);
                try {
                    s.receive(self, 100, -1);
                } catch (SocketFailure e) {
                    failure[0] = e;
                    at[1] = self.now();
                }
            });
            h.sim.run();
            assertEquals(SocketFailure.Reason.TIMED_OUT, failure[0].reason());
            List<Long> times = new ArrayList<>();
            for (TcpRetransmitted r : h.trace.ofType(TcpRetransmitted.class)) {
                times.add(r.time() - at[0]);
            }
            assertEquals(12, times.size());
            // RTO 1.5 s (lwIP's floor on a fast link), doubling to the 192 s cap
            long[] waits = {1500, 3000, 6000, 12000, 24000, 48000, 96000, 192000, 192000, 192000, 192000, 192000};
            long t = 0;
            for (int i = 0; i < 12; i++) {
                t += SimTime.millis(waits[i]);
                assertEquals(t, times.get(i), "retransmission " + (i + 1));
            }
            assertEquals(t + SimTime.millis(500), at[1] - at[0], "given up at the next tick");
        }
    }
}
