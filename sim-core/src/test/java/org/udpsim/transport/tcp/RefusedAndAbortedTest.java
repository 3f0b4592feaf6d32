package org.udpsim.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketSent;
import org.udpsim.trace.TcpRetransmitted;
import org.udpsim.transport.SocketFailure;

/** What a connect meets when nobody answers, or a closed port answers with a reset. */
class RefusedAndAbortedTest {
    private TwoHosts h;

    @AfterEach
    void close() {
        h.close();
    }

    private SocketFailure connectFails(org.udpsim.packet.Ipv4Address to, long[] failedAt) {
        SocketFailure[] failure = new SocketFailure[1];
        h.sim.spawn("client", self -> {
            try {
                h.clientTcp.open().connect(self, to, 5001, -1);
            } catch (SocketFailure e) {
                failure[0] = e;
                failedAt[0] = self.now();
            }
        });
        h.sim.run();
        assertNotNull(failure[0], "connect should fail");
        return failure[0];
    }

    @Test
    void connect_closedPort_isRefusedAtOnceByTheReset() {
        h = new TwoHosts(2, TcpConfig.BOARD, TcpConfig.HOST);
        long[] at = {-1};
        SocketFailure e = connectFails(TwoHosts.SERVER, at);
        assertEquals(SocketFailure.Reason.CONNECTION_REFUSED, e.reason());
        assertEquals(2 * TwoHosts.hop(44) + 2 * TwoHosts.hop(40), at[0], "one round trip: SYN out, RST back");
        TcpHeader rst = h.segmentsSentBy("server").get(0);
        assertEquals("RST|ACK", rst.flagNames());
        assertEquals(h.segmentsSentBy("client").get(0).sequence() + 1, rst.acknowledgement());
        assertEquals(DropReason.NO_LISTENER, h.trace.ofType(PacketDropped.class).get(0).reason());
        assertEquals(List.of("CLOSED>SYN_SENT", "SYN_SENT>CLOSED"), h.statesOf("client"));
        assertEquals(0, h.inFlight());
    }

    @Test
    void connect_absentHost_board_abortsAfterSixFixedSynRetransmissionsAndOneTick() {
        h = new TwoHosts(2, TcpConfig.BOARD, TcpConfig.HOST);
        long[] at = {-1};
        SocketFailure e = connectFails(TwoHosts.ABSENT, at);
        assertEquals(SocketFailure.Reason.CONNECTION_ABORTED, e.reason());
        List<Long> synTimes = new ArrayList<>();
        for (PacketSent s : h.trace.ofType(PacketSent.class)) {
            if (s.place().equals("client")) {
                synTimes.add(s.time());
            }
        }
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i <= 6; i++) {
            expected.add(SimTime.seconds(3L * i)); // lwIP keeps the SYN timeout fixed at 3 s
        }
        assertEquals(expected, synTimes);
        assertEquals(SimTime.millis(18_500), at[0], "given up at the slow timer's next tick after the 6th");
        assertEquals(6, h.trace.ofType(TcpRetransmitted.class).size());
    }

    @Test
    void connect_absentHost_linux_backsOffOneTwoFourSecondsAndGivesUpAfter127() {
        h = new TwoHosts(2, TcpConfig.HOST, TcpConfig.HOST);
        long[] at = {-1};
        SocketFailure e = connectFails(TwoHosts.ABSENT, at);
        assertEquals(SocketFailure.Reason.CONNECTION_ABORTED, e.reason());
        List<Long> synTimes = new ArrayList<>();
        for (PacketSent s : h.trace.ofType(PacketSent.class)) {
            synTimes.add(s.time() / SimTime.SECOND);
        }
        assertEquals(List.of(0L, 1L, 3L, 7L, 15L, 31L, 63L), synTimes);
        assertEquals(SimTime.seconds(127), at[0]);
        assertTrue(h.trace.ofType(PacketDropped.class).stream()
                .allMatch(d -> d.reason() == DropReason.HOST_UNREACHABLE));
    }

    @Test
    void connect_withTimeout_failsTimedOutWhenTheTimeRunsOutFirst() {
        h = new TwoHosts(2, TcpConfig.BOARD, TcpConfig.HOST);
        SocketFailure[] failure = new SocketFailure[1];
        long[] at = {-1};
        h.sim.spawn("client", self -> {
            TcpSocket s = h.clientTcp.open();
            try {
                s.connect(self, TwoHosts.ABSENT, 5001, SimTime.seconds(5));
            } catch (SocketFailure f) {
                failure[0] = f;
                at[0] = self.now();
            }
            assertEquals(TcpState.CLOSED, s.state());
        });
        h.sim.run();
        assertEquals(SocketFailure.Reason.TIMED_OUT, failure[0].reason());
        assertEquals(SimTime.seconds(5), at[0]);
        assertEquals(0, h.clientTcp.connectionCount());
    }

    @Test
    void synBeyondBacklog_isDropped_andGetsInOnARetransmission() throws Exception {
        h = new TwoHosts(2, TcpConfig.HOST, TcpConfig.BOARD);
        TcpSocket listening = h.listen(5001, 1);
        TcpSocket first = h.clientTcp.open();
        first.connectAsync(TwoHosts.SERVER, 5001);
        TcpSocket second = h.clientTcp.open();
        second.connectAsync(TwoHosts.SERVER, 5001);
        h.sim.runUntil(SimTime.millis(500));
        assertEquals(TcpState.ESTABLISHED, first.state());
        assertEquals(TcpState.SYN_SENT, second.state());
        assertEquals(DropReason.SOCKET_QUEUE_FULL, h.trace.ofType(PacketDropped.class).get(0).reason());
        h.sim.spawn("server", self -> listening.accept(self, -1));
        h.sim.runUntil(SimTime.seconds(2));
        assertEquals(TcpState.ESTABLISHED, second.state(), "accepting the first made room; the SYN after 1 s got in");
    }
}
