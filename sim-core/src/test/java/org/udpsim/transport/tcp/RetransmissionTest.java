package org.udpsim.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.trace.TcpCwndChanged;
import org.udpsim.trace.TcpRetransmitted;

/** Retransmission on a real connection: fast retransmit after three duplicate ACKs, and the timer with Karn's rule. */
class RetransmissionTest {
    private static final TcpConfig NO_DELACK = TcpConfig.HOST.withDelayedAck(0);

    /** The client writes {@code bytes} at once and closes; returns what the server read. */
    private static byte[] bulk(TwoHosts h, byte[] data) throws Exception {
        TcpSocket listening = h.listen(5001, 3);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        h.sim.spawn("client", self -> {
            TcpSocket s = h.clientTcp.open();
            s.connect(self, TwoHosts.SERVER, 5001, -1);
            s.sendAll(self, data, -1);
            s.close();
        });
        h.sim.spawn("server", self -> {
            TcpSocket c = listening.accept(self, -1);
            byte[] b;
            while ((b = c.receive(self, 100_000, -1)).length > 0) {
                got.writeBytes(b);
            }
        });
        h.sim.run();
        return got.toByteArray();
    }

    private static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + (i >> 8));
        }
        return b;
    }

    @Test
    void fifthPacketLost_threeDuplicateAcks_fastRetransmitWithoutWaitingForTheTimer() throws Exception {
        try (TwoHosts h = new TwoHosts(4, NO_DELACK, NO_DELACK)) {
            // the client's 1st packet is the SYN, the 2nd the handshake's ACK, the 3rd-12th ten full segments
            h.clientToRouter().setImpairments("loss script 5");
            byte[] data = pattern(10 * 1460);
            assertArrayEquals(data, bulk(h, data));

            List<TcpRetransmitted> again = h.trace.ofType(TcpRetransmitted.class);
            assertEquals(1, again.size(), "one retransmission, and no timeout");
            assertEquals(TcpRetransmitted.Reason.FAST, again.get(0).reason());
            List<TcpHeader> sent = h.segmentsSentBy("client");
            TcpHeader lost = sent.get(4);
            TcpHeader resent = TcpHeader.parse(again.get(0).packet());
            assertEquals(lost.sequence(), resent.sequence(), "the lost segment, sent again");
            assertEquals(1460, resent.payloadLength());

            List<TcpHeader> acks = h.segmentsSentBy("server");
            long duplicates = acks.stream().filter(a -> a.acknowledgement() == lost.sequence()).count();
            assertEquals(1 + 7 + 1, duplicates, "the ACK up to the gap, then a duplicate per later segment and the FIN");
            long sentAt = h.trace.ofType(org.udpsim.trace.PacketSent.class).stream()
                    .filter(p -> p.packet().id() == again.get(0).packet().id()).findFirst().orElseThrow().time();
            assertTrue(sentAt < SimTime.millis(200), "well before the 1 s RTO, was " + sentAt);

            // Reno: on the third duplicate, ssthresh = flight / 2 and cwnd = ssthresh + 3 segments
            TcpCwndChanged recovery = h.trace.ofType(TcpCwndChanged.class).stream()
                    .filter(c -> c.node().equals("client") && c.time() == sentAt).findFirst().orElseThrow();
            assertEquals(recovery.ssthresh() + 3 * 1460, recovery.cwnd());
            assertEquals(8 * 1460 / 2, recovery.ssthresh(), "8 segments were in flight after the gap");
        }
    }

    @Test
    void firstDataSegmentLost_timeoutAfterOneRto_karnTakesNoSampleFromTheRetransmission() throws Exception {
        try (TwoHosts h = new TwoHosts(4, NO_DELACK, NO_DELACK)) {
            h.clientToRouter().setImpairments("loss script 3");
            TcpSocket listening = h.listen(5001, 3);
            TcpSocket[] client = new TcpSocket[1];
            long[] handshakeSrtt = new long[1];
            h.sim.spawn("client", self -> {
                client[0] = h.clientTcp.open();
                client[0].connect(self, TwoHosts.SERVER, 5001, -1);
                handshakeSrtt[0] = client[0].info().srttNanos();
                client[0].send(self, new byte[100], -1);
            });
            h.sim.spawn("server", self -> listening.accept(self, -1).receive(self, 1000, -1));
            h.sim.runUntil(SimTime.seconds(5));

            long rtt = 2 * TwoHosts.hop(44) + 2 * TwoHosts.hop(44);
            assertEquals(rtt, handshakeSrtt[0], "the SYN's round trip is the first sample");
            TcpInfo info = client[0].info();
            assertEquals(rtt, info.srttNanos(), "Karn: the ACK of the retransmission gives no sample");
            assertEquals(1, info.retransmissions());
            List<TcpRetransmitted> again = h.trace.ofType(TcpRetransmitted.class);
            assertEquals(TcpRetransmitted.Reason.TIMEOUT, again.get(0).reason());
            // RTO after the first sample: R + max(G, 4·R/2) = 3R, but at least Linux's 200 ms
            long rto = Math.max(SimTime.millis(200), rtt + 4 * (rtt / 2));
            long dataSentAt = rtt; // connect returns after one round trip and sends at once
            long resentAt = h.trace.ofType(org.udpsim.trace.PacketSent.class).stream()
                    .filter(p -> p.packet().id() == again.get(0).packet().id()).findFirst().orElseThrow().time();
            assertEquals(dataSentAt + rto, resentAt);
            assertEquals(2 * rto, info.rtoNanos(), "backed off once (RFC 6298 (5.5)), and no sample since to undo it");
        }
    }
}
