package org.udpsim.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.transport.SocketFailure;

/** What a socket allows in which state, and when its port is free again. */
class SocketRulesTest {
    @Test
    void bind_portOfAListener_isInUse_untilItCloses() throws Exception {
        try (TwoHosts h = new TwoHosts(10, TcpConfig.HOST, TcpConfig.BOARD)) {
            TcpSocket first = h.listen(5001, 1);
            SocketFailure e = assertThrows(SocketFailure.class, () -> h.listen(5001, 1));
            assertEquals(SocketFailure.Reason.ADDRESS_IN_USE, e.reason());
            first.close();
            h.listen(5001, 1);
        }
    }

    @Test
    void abortedConnection_freesItsPortAtOnce_closedOneOnlyAfterTimeWait() throws Exception {
        try (TwoHosts h = new TwoHosts(10, TcpConfig.HOST, TcpConfig.HOST)) {
            h.listen(5001, 3);
            TcpSocket a = h.clientTcp.open();
            a.bind(Ipv4Address.ANY, 40000);
            a.connectAsync(TwoHosts.SERVER, 5001);
            h.sim.runUntil(SimTime.seconds(1));
            a.abort();
            TcpSocket b = h.clientTcp.open();
            b.bind(Ipv4Address.ANY, 40000);
            b.connectAsync(TwoHosts.SERVER, 5001);
            h.sim.runUntil(SimTime.seconds(2));
            b.close();
            h.sim.runUntil(SimTime.seconds(3));
            SocketFailure e = assertThrows(SocketFailure.class, () -> h.clientTcp.open().bind(Ipv4Address.ANY, 40000));
            assertEquals(SocketFailure.Reason.ADDRESS_IN_USE, e.reason(), "held through TIME_WAIT");
            h.sim.runUntil(SimTime.seconds(70));
            h.clientTcp.open().bind(Ipv4Address.ANY, 40000);
        }
    }

    @Test
    void wrongCalls_failWithTheirReasons() throws Exception {
        try (TwoHosts h = new TwoHosts(10, TcpConfig.HOST, TcpConfig.HOST)) {
            TcpSocket listening = h.listen(5001, 1);
            TcpSocket fresh = h.clientTcp.open();
            h.sim.spawn("p", self -> {
                assertEquals(SocketFailure.Reason.NOT_CONNECTED,
                        assertThrows(SocketFailure.class, () -> fresh.receive(self, 10, -1)).reason());
                assertEquals(SocketFailure.Reason.NOT_CONNECTED,
                        assertThrows(SocketFailure.class, () -> fresh.send(self, new byte[1], -1)).reason());
                assertEquals(SocketFailure.Reason.INVALID_STATE,
                        assertThrows(SocketFailure.class, () -> fresh.accept(self, -1)).reason());
                assertEquals(SocketFailure.Reason.INVALID_STATE,
                        assertThrows(SocketFailure.class, () -> listening.connect(self, TwoHosts.SERVER, 1, -1))
                                .reason());
                fresh.connect(self, TwoHosts.SERVER, 5001, -1);
                assertEquals(SocketFailure.Reason.ALREADY_CONNECTED,
                        assertThrows(SocketFailure.class, () -> fresh.connectAsync(TwoHosts.SERVER, 5001)).reason());
                fresh.close();
                assertEquals(SocketFailure.Reason.CLOSED,
                        assertThrows(SocketFailure.class, () -> fresh.receive(self, 10, -1)).reason());
            });
            h.sim.run();
            assertEquals(SocketFailure.Reason.NO_ROUTE, assertThrows(SocketFailure.class,
                    () -> TcpLayer.of(h.net.addHost("lonely")).open().connectAsync(TwoHosts.SERVER, 5001)).reason());
        }
    }

    @Test
    void loopback_connectToOwnAddress_works() throws Exception {
        try (TwoHosts h = new TwoHosts(10, TcpConfig.HOST, TcpConfig.HOST)) {
            TcpSocket listening = h.serverTcp.open();
            listening.bind(Ipv4Address.ANY, 7);
            listening.listen(1);
            byte[][] got = new byte[1][];
            h.sim.spawn("server", self -> got[0] = listening.accept(self, -1).receive(self, 10, -1));
            h.sim.spawn("client", self -> {
                TcpSocket s = h.serverTcp.open();
                s.connect(self, TwoHosts.SERVER, 7, -1);
                s.send(self, new byte[] {42}, -1);
            });
            h.sim.runUntil(SimTime.seconds(1));
            assertEquals(42, got[0][0]);
        }
    }
}
