package org.udpsim.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.trace.TcpStateChanged;
import org.udpsim.transport.SocketFailure;

/** Closing a connection: FIN and ACK each way, TIME_WAIT, and what the reading side sees. */
class TeardownTest {
    private TwoHosts h;

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void clientCloses_finAckFinAck_timeWaitThenClosed_andReceiveReturnsEmptyForever() throws Exception {
        h = new TwoHosts(3, TcpConfig.HOST, TcpConfig.BOARD);
        TcpSocket listening = h.listen(5001, 3);
        h.sim.spawn("client", self -> {
            TcpSocket s = h.clientTcp.open();
            s.connect(self, TwoHosts.SERVER, 5001, -1);
            s.send(self, new byte[] {1, 2, 3}, -1);
            s.close();
            assertThrows(SocketFailure.class, () -> s.send(self, new byte[1], -1), "a closed socket is unusable");
        });
        List<byte[]> reads = new ArrayList<>();
        long[] eofAt = {-1};
        h.sim.spawn("server", self -> {
            TcpSocket c = listening.accept(self, -1);
            reads.add(c.receive(self, 1024, -1));
            reads.add(c.receive(self, 1024, -1));
            eofAt[0] = self.now();
            reads.add(c.receive(self, 1024, -1));
            reads.add(c.receive(self, 1024, SimTime.seconds(1)));
            self.sleep(SimTime.millis(100));
            c.close();
        });
        h.sim.run();

        assertArrayEquals(new byte[] {1, 2, 3}, reads.get(0));
        for (int i = 1; i < 4; i++) {
            assertEquals(0, reads.get(i).length, "b'' after the peer closed, read " + i);
        }
        assertEquals(List.of("CLOSED>SYN_SENT", "SYN_SENT>ESTABLISHED", "ESTABLISHED>FIN_WAIT_1",
                "FIN_WAIT_1>FIN_WAIT_2", "FIN_WAIT_2>TIME_WAIT", "TIME_WAIT>CLOSED"), h.statesOf("client"));
        assertEquals(List.of("CLOSED>LISTEN", "LISTEN>SYN_RECEIVED", "SYN_RECEIVED>ESTABLISHED",
                "ESTABLISHED>CLOSE_WAIT", "CLOSE_WAIT>LAST_ACK", "LAST_ACK>CLOSED"), h.statesOf("server"));

        List<TcpHeader> c = h.segmentsSentBy("client");
        List<TcpHeader> s = h.segmentsSentBy("server");
        TcpHeader clientFin = c.stream().filter(x -> x.has(TcpHeader.FIN)).findFirst().orElseThrow();
        TcpHeader serverFin = s.stream().filter(x -> x.has(TcpHeader.FIN)).findFirst().orElseThrow();
        assertEquals("FIN|ACK", clientFin.flagNames());
        assertEquals(clientFin.sequence() + 1, serverFin.acknowledgement(), "the server's FIN also acknowledges ours");
        TcpHeader lastAck = c.get(c.size() - 1);
        assertEquals("ACK", lastAck.flagNames());
        assertEquals(serverFin.sequence() + 1, lastAck.acknowledgement());

        TcpStateChanged timeWait = h.trace.ofType(TcpStateChanged.class).stream()
                .filter(x -> x.to().equals("TIME_WAIT")).findFirst().orElseThrow();
        TcpStateChanged closed = h.trace.ofType(TcpStateChanged.class).stream()
                .filter(x -> x.node().equals("client") && x.from().equals("TIME_WAIT")).findFirst().orElseThrow();
        assertEquals(SimTime.seconds(60), closed.time() - timeWait.time(), "Linux's TIME_WAIT");
        assertEquals(0, h.clientTcp.connectionCount());
        assertEquals(0, h.serverTcp.connectionCount());
        assertEquals(0, h.inFlight());
    }

    @Test
    void serverClosesFirst_clientPassesLastAck_andTheBoardLingersInTimeWaitFor2Msl() throws Exception {
        h = new TwoHosts(3, TcpConfig.HOST, TcpConfig.BOARD);
        TcpSocket listening = h.listen(5001, 3);
        h.sim.spawn("server", self -> {
            TcpSocket c = listening.accept(self, -1);
            c.close();
        });
        h.sim.spawn("client", self -> {
            TcpSocket s = h.clientTcp.open();
            s.connect(self, TwoHosts.SERVER, 5001, -1);
            assertEquals(0, s.receive(self, 10, -1).length);
            s.close();
        });
        h.sim.run();
        assertEquals(List.of("CLOSED>SYN_SENT", "SYN_SENT>ESTABLISHED", "ESTABLISHED>CLOSE_WAIT",
                "CLOSE_WAIT>LAST_ACK", "LAST_ACK>CLOSED"), h.statesOf("client"));
        TcpStateChanged serverClosed = h.trace.ofType(TcpStateChanged.class).stream()
                .filter(x -> x.node().equals("server") && x.from().equals("TIME_WAIT")).findFirst().orElseThrow();
        TcpStateChanged serverTimeWait = h.trace.ofType(TcpStateChanged.class).stream()
                .filter(x -> x.node().equals("server") && x.to().equals("TIME_WAIT")).findFirst().orElseThrow();
        assertEquals(SimTime.seconds(120), serverClosed.time() - serverTimeWait.time(), "2 x lwIP's MSL of 60 s");
    }

    @Test
    void abort_sendsReset_andThePeerSeesConnectionReset() throws Exception {
        h = new TwoHosts(3, TcpConfig.HOST, TcpConfig.BOARD);
        TcpSocket listening = h.listen(5001, 3);
        SocketFailure[] failure = new SocketFailure[1];
        h.sim.spawn("server", self -> {
            TcpSocket c = listening.accept(self, -1);
            try {
                c.receive(self, 100, -1);
            } catch (SocketFailure e) {
                failure[0] = e;
            }
        });
        h.sim.spawn("client", self -> {
            TcpSocket s = h.clientTcp.open();
            s.connect(self, TwoHosts.SERVER, 5001, -1);
            self.sleep(SimTime.millis(200));
            s.abort();
        });
        h.sim.run();
        assertEquals(SocketFailure.Reason.CONNECTION_RESET, failure[0].reason());
        assertEquals("RST", h.segmentsSentBy("client").get(2).flagNames());
        assertEquals(List.of("CLOSED>SYN_SENT", "SYN_SENT>ESTABLISHED", "ESTABLISHED>CLOSED"), h.statesOf("client"));
    }

    @Test
    void closeWithUnreadData_resetsInsteadOfFin() throws Exception {
        h = new TwoHosts(3, TcpConfig.HOST, TcpConfig.HOST);
        TcpSocket listening = h.listen(5001, 3);
        h.sim.spawn("server", self -> {
            TcpSocket c = listening.accept(self, -1);
            self.sleep(SimTime.millis(500));
            c.close();
        });
        h.sim.spawn("client", self -> {
            TcpSocket s = h.clientTcp.open();
            s.connect(self, TwoHosts.SERVER, 5001, -1);
            s.send(self, new byte[10], -1);
        });
        h.sim.run();
        List<TcpHeader> s = h.segmentsSentBy("server");
        assertEquals("RST", s.get(s.size() - 1).flagNames());
    }
}
