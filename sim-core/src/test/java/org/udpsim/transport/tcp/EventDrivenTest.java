package org.udpsim.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.transport.SocketFailure;
import org.udpsim.transport.udp.UdpLayer;
import org.udpsim.transport.udp.UdpSocket;

/** Traffic applications without a process: callbacks and the non-blocking calls. */
class EventDrivenTest {
    /** An echo server on {@code listening}: every byte back, and a close after the client's. */
    private static void echo(TcpSocket listening) throws SocketFailure {
        listening.onAccept(c -> {
            c.onData(b -> {
                try {
                    assertEquals(b.length, c.sendAsync(b));
                } catch (SocketFailure e) {
                    throw new AssertionError(e);
                }
            });
            c.onClosed(c::close);
        });
    }

    @Test
    void echo_connectAsyncSendAsync_callbacksSeeEveryByteBackAndTheClose() throws Exception {
        try (TwoHosts h = new TwoHosts(6, TcpConfig.BOARD, TcpConfig.BOARD)) {
            h.clientToRouter().setImpairments("loss 20%");
            echo(h.listen(5001, 3));
            TcpSocket s = h.clientTcp.open();
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            List<String> events = new ArrayList<>();
            byte[] message = ReliabilityTest.allMessages();
            s.onConnected(() -> {
                events.add("connected " + h.sim.now());
                try {
                    assertEquals(message.length, s.sendAsync(message));
                } catch (SocketFailure e) {
                    throw new AssertionError(e);
                }
            });
            s.onData(b -> {
                back.writeBytes(b);
                if (back.size() == message.length) {
                    s.close();
                }
            });
            s.onClosed(() -> events.add("peer closed"));
            s.onError(e -> events.add("error " + e.reason()));
            s.connectAsync(TwoHosts.SERVER, 5001);
            h.sim.run();
            assertArrayEquals(message, back.toByteArray());
            assertEquals(List.of("connected " + 2 * (TwoHosts.hop(44) * 2)), events,
                    "no callbacks after the socket's own close");
            assertEquals(List.of("CLOSED>SYN_SENT", "SYN_SENT>ESTABLISHED", "ESTABLISHED>FIN_WAIT_1",
                    "FIN_WAIT_1>FIN_WAIT_2", "FIN_WAIT_2>TIME_WAIT", "TIME_WAIT>CLOSED"), h.statesOf("client"));
            assertTrue(h.statesOf("server").contains("CLOSE_WAIT>LAST_ACK"), "the server closed on onClosed");
            assertEquals(TcpState.CLOSED, s.state());
            assertEquals(0, h.inFlight());
        }
    }

    @Test
    void sendAsync_whileConnecting_isQueuedAndSentAfterTheHandshake() throws Exception {
        try (TwoHosts h = new TwoHosts(6, TcpConfig.HOST, TcpConfig.HOST)) {
            echo(h.listen(5001, 3));
            TcpSocket s = h.clientTcp.open();
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            s.onData(back::writeBytes);
            s.connectAsync(TwoHosts.SERVER, 5001);
            assertEquals(5, s.sendAsync("early".getBytes()));
            h.sim.runUntil(SimTime.seconds(1));
            assertEquals("early", back.toString());
        }
    }

    @Test
    void refused_onErrorGetsConnectionRefused() throws Exception {
        try (TwoHosts h = new TwoHosts(6, TcpConfig.BOARD, TcpConfig.HOST)) {
            TcpSocket s = h.clientTcp.open();
            SocketFailure[] got = new SocketFailure[1];
            s.onError(e -> got[0] = e);
            s.connectAsync(TwoHosts.SERVER, 9);
            h.sim.run();
            assertEquals(SocketFailure.Reason.CONNECTION_REFUSED, got[0].reason());
        }
    }

    @Test
    void sameMessagesOverTheSameLossyHop_udpLosesSome_tcpDeliversThemAll() throws Exception {
        try (TwoHosts h = new TwoHosts(13, TcpConfig.BOARD, TcpConfig.BOARD)) {
            h.clientToRouter().setImpairments("loss 30%");
            UdpSocket udpIn = UdpLayer.of(h.server).open();
            udpIn.bind(Ipv4Address.ANY, 6000);
            udpIn.onReceive(d -> { });
            ByteArrayOutputStream tcpIn = new ByteArrayOutputStream();
            h.listen(5001, 1).onAccept(c -> c.onData(tcpIn::writeBytes));
            UdpSocket udpOut = UdpLayer.of(h.client).open();
            TcpSocket tcpOut = h.clientTcp.open();
            tcpOut.connectAsync(TwoHosts.SERVER, 5001);
            int[] udpReceived = {0};
            udpIn.onReceive(d -> udpReceived[0]++);
            for (int i = 0; i < 100; i++) {
                byte[] m = ReliabilityTest.message(i);
                h.sim.scheduleAt(SimTime.seconds(10) + i * SimTime.millis(20), () -> {
                    try {
                        udpOut.sendTo(m, TwoHosts.SERVER, 6000);
                        tcpOut.sendAsync(m);
                    } catch (SocketFailure e) {
                        throw new AssertionError(e);
                    }
                });
            }
            h.sim.runUntil(SimTime.seconds(60));
            assertTrue(udpReceived[0] < 85 && udpReceived[0] > 55, "UDP: about 70 of 100, was " + udpReceived[0]);
            assertArrayEquals(ReliabilityTest.allMessages(), tcpIn.toByteArray(), "TCP: all 100, in order");
        }
    }
}
