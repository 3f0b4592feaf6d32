package org.udpsim.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.trace.ButtonChanged;

/** One test per socket and runtime behaviour of BOARD-FACTS.md, each on boards in the tutorial's classroom. */
class BoardFactsTest {
    private static final SocketAddress SERVER_6000 = new SocketAddress("192.168.0.3", 6000);

    /** Runs a server and a client program for {@code seconds}, both joining the WiFi first; returns the room. */
    private static Classroom run(double seconds, LessonProgram server, LessonProgram client) {
        Classroom room = new Classroom(3, Classroom.tutorialNetwork());
        room.board("server").start(0, "server.py", b -> {
            b.wifi().connectWiFi("ssid", "password");
            server.run(b);
        });
        if (client != null) {
            room.board("client").start(0, "client.py", b -> {
                b.wifi().connectWiFi("ssid", "password");
                b.sleep(1);
                client.run(b);
            });
        }
        room.sim.runUntil(SimTime.seconds(seconds));
        return room;
    }

    private static BoardSocket udp(Board b) {
        return b.socket(BoardSocket.AF_INET, BoardSocket.SOCK_DGRAM);
    }

    private static List<String> afterConnect(Classroom room, String board) {
        List<String> lines = room.console(board);
        return lines.subList(2, lines.size());
    }

    @Test
    void socketLimit_eleventhSocket_raisesENFILE() {
        try (Classroom room = run(10, b -> {
            for (int i = 0; i < 11; i++) {
                b.socket();
            }
        }, null)) {
            assertEquals("OSError: [Errno 23] ENFILE", room.console("server").get(room.console("server").size() - 1));
        }
    }

    @Test
    void bind_portInUse_raisesEADDRINUSE_unlessBothSocketsReuse() {
        try (Classroom room = run(10, b -> {
            BoardSocket a = udp(b);
            a.setsockopt(BoardSocket.SOL_SOCKET, BoardSocket.SO_REUSEADDR, 1);
            a.bind(new SocketAddress("", 6000));
            BoardSocket c = udp(b);
            c.setsockopt(BoardSocket.SOL_SOCKET, BoardSocket.SO_REUSEADDR, 1);
            c.bind(new SocketAddress("", 6000));
            b.print("both bound");
            udp(b).bind(new SocketAddress("", 6000));
        }, null)) {
            List<String> out = afterConnect(room, "server");
            assertEquals("both bound", out.get(0));
            assertEquals("OSError: [Errno 98] EADDRINUSE", out.get(out.size() - 1));
        }
    }

    @Test
    void unknownSocketOption_printsTheFirmwareWarning_andGoesOn() {
        try (Classroom room = run(10, b -> {
            udp(b).setsockopt(BoardSocket.SOL_SOCKET, 0x20, 1);
            b.print("still here");
        }, null)) {
            assertEquals(List.of("Warning: lwip.setsockopt() option not implemented", "still here"),
                    afterConnect(room, "server"));
        }
    }

    @Test
    void recvfrom_smallerBuffer_returnsTheFirstBytes_andDiscardsTheRest() {
        try (Classroom room = run(10, b -> {
            BoardSocket s = udp(b);
            s.bind(new SocketAddress("192.168.0.3", 6000));
            b.print(s.recvfrom(5).data());
            b.print(s.recvfrom(100).data());
        }, b -> {
            BoardSocket s = udp(b);
            s.sendto("hello message", SERVER_6000);
            s.sendto("second", SERVER_6000);
        })) {
            assertEquals(List.of("b'hello'", "b'second'"), afterConnect(room, "server"));
        }
    }

    @Test
    void zeroLengthDatagram_returnsEmpty_andEveryLaterReceiveIsEmptyAtOnce() {
        try (Classroom room = run(10, b -> {
            BoardSocket s = udp(b);
            s.bind(new SocketAddress("", 6000));
            b.print(s.recv(100));
            long t = b.ticks_ms();
            b.print(s.recv(100), b.ticks_ms() - t);
        }, b -> {
            BoardSocket s = udp(b);
            s.sendto(new byte[0], SERVER_6000);
            b.sleep(0.5);
            s.sendto("not seen", SERVER_6000);
        })) {
            assertEquals(List.of("b''", "b'' 0"), afterConnect(room, "server"));
        }
    }

    @Test
    void receiveQueue_holdsSixDatagrams_whileTheProgramIsBusy() {
        try (Classroom room = run(15, b -> {
            BoardSocket s = udp(b);
            s.bind(new SocketAddress("", 6000));
            b.sleep(5);
            s.settimeout(0.0);
            int n = 0;
            try {
                while (true) {
                    s.recv(10);
                    n++;
                }
            } catch (OSError e) {
                b.print(n, e.errno().code());
            }
        }, b -> {
            BoardSocket s = udp(b);
            for (int i = 0; i < 10; i++) {
                s.sendto(new byte[] {(byte) i}, SERVER_6000);
            }
        })) {
            assertEquals(List.of("6 11"), afterConnect(room, "server"));
        }
    }

    @Test
    void datagramOver1472Bytes_neverReachesTheBoard() {
        try (Classroom room = run(10, b -> {
            BoardSocket s = udp(b);
            s.bind(new SocketAddress("", 6000));
            b.print(s.recv(2000).length);
            s.settimeout(1.0);
            b.print(s.recv(2000).length);
        }, b -> {
            BoardSocket s = udp(b);
            b.print(s.sendto(new byte[1472], SERVER_6000), s.sendto(new byte[1473], SERVER_6000));
        })) {
            assertEquals("1472", afterConnect(room, "server").get(0));
            assertEquals("OSError: [Errno 110] ETIMEDOUT", room.console("server").get(room.console("server").size() - 1));
            assertEquals(List.of("1472 1473"), afterConnect(room, "client"), "the board can send larger ones");
        }
    }

    @Test
    void settimeout_waitsInWholeSlicesOf100ms_thenRaisesTheFirmwareErrno() {
        double[] timeouts = {0.25, 1.0, 0.05};
        try (Classroom room = run(10, b -> {
            BoardSocket s = udp(b);
            s.bind(new SocketAddress("", 6000));
            for (double t : timeouts) {
                s.settimeout(t);
                long start = b.ticks_ms();
                try {
                    s.recv(10);
                } catch (OSError e) {
                    b.print(t, e.errno().code(), b.ticks_ms() - start);
                }
            }
            s.setblocking(false);
            long start = b.ticks_ms();
            try {
                s.recv(10);
            } catch (OSError e) {
                b.print("nonblocking", e.errno().code(), b.ticks_ms() - start);
            }
        }, null)) {
            // (floor(10 t) + 1) x 100 ms: 0.25 s -> 300 ms, 1.0 s -> 1100 ms; under 0.1 s: EAGAIN after 100 ms
            assertEquals(List.of("0.25 110 300", "1.0 110 1100", "0.05 11 100", "nonblocking 11 0"),
                    afterConnect(room, "server"));
        }
    }

    @Test
    void sendto_absentHostOrClosedPort_returnsTheByteCount_andNeverRaises() {
        try (Classroom room = run(10, b -> {
            BoardSocket s = udp(b);
            b.print(s.sendto("hello", new SocketAddress("192.168.0.77", 6000)));
            b.print(s.sendto("héllo", new SocketAddress("192.168.0.1", 9)));
        }, null)) {
            assertEquals(List.of("5", "6"), afterConnect(room, "server"), "a str goes as UTF-8: é is two bytes");
        }
    }

    @Test
    void sendto_beforeWifiIsUp_raisesBare118() {
        try (Classroom room = new Classroom(3, Classroom.tutorialNetwork())) {
            room.board("client").start(0, "client.py", b -> udp(b).sendto("x", SERVER_6000));
            room.sim.runUntil(SimTime.seconds(1));
            assertEquals("OSError: 118", room.console("client").get(2));
        }
    }

    @Test
    void socketBoundToOwnAddress_alsoReceivesBroadcasts() {
        try (Classroom room = run(10, b -> {
            BoardSocket s = udp(b);
            s.bind(new SocketAddress("192.168.0.3", 6000));
            b.print(s.recvfrom(64).data());
            b.print(s.recvfrom(64).data());
        }, b -> {
            BoardSocket s = udp(b);
            s.sendto("to all", new SocketAddress("255.255.255.255", 6000));
            s.sendto("to the subnet", new SocketAddress("192.168.0.255", 6000));
        })) {
            assertEquals(List.of("b'to all'", "b'to the subnet'"), afterConnect(room, "server"));
        }
    }

    @Test
    void datagramToOwnAddress_loopsBack() {
        try (Classroom room = run(10, b -> {
            BoardSocket s = udp(b);
            s.bind(new SocketAddress("", 6000));
            udp(b).sendto("me", SERVER_6000);
            b.print(s.recvfrom(10).address().host());
        }, null)) {
            assertEquals(List.of("192.168.0.3"), afterConnect(room, "server"));
        }
    }

    @Test
    void close_twiceIsFine_butUseAfterCloseRaisesEBADF() {
        try (Classroom room = run(10, b -> {
            BoardSocket s = udp(b);
            s.close();
            s.close();
            b.print("closed twice");
            s.sendto("x", SERVER_6000);
        }, null)) {
            List<String> out = afterConnect(room, "server");
            assertEquals("closed twice", out.get(0));
            assertEquals("OSError: [Errno 9] EBADF", out.get(out.size() - 1));
        }
    }

    @Test
    void print_withoutArguments_raisesTypeError() {
        try (Classroom room = run(10, b -> b.print(), null)) {
            assertTrue(room.console("server").get(room.console("server").size() - 1).startsWith("TypeError"));
        }
    }

    @Test
    void connectWiFi_printsADotEveryHalfSecond_untilDhcpAnswers() {
        try (Classroom room = run(10, b -> b.print("connected at", b.ticks_ms()), null)) {
            String dots = room.console("server").get(0).substring("Connection WiFi".length());
            long connectedAt = Long.parseLong(room.console("server").get(2).split(" ")[2]);
            // the dots start after the scan (1.5-2.5 s) and come every 500 ms until the address arrives
            assertTrue(connectedAt > 2000 && connectedAt < 5500, "connected at " + connectedAt + " ms");
            assertTrue(dots.length() >= 1 && dots.length() <= 7, dots);
            assertTrue(dots.chars().allMatch(c -> c == '.'));
        }
    }

    @Test
    void buttons_scriptedPress_isSeenByIsPressedAndOnceByWasPressed() {
        try (Classroom room = new Classroom(3, Classroom.tutorialNetwork())) {
            Board b = room.board("server");
            b.button_a.scriptPress(SimTime.seconds(1), SimTime.millis(300));
            List<String> seen = new ArrayList<>();
            b.start(0, "buttons.py", self -> {
                for (int i = 0; i < 8; i++) {
                    seen.add(self.button_a.is_pressed() + "/" + self.button_a.was_pressed());
                    self.sleep(0.2);
                }
            });
            room.sim.runUntil(SimTime.seconds(3));
            assertEquals(List.of("false/false", "false/false", "false/false", "false/false", "false/false",
                    "true/true", "true/false", "false/false"), seen, "the press at 1 s is seen by the sample at 1 s");
        }
    }

    @Test
    void buttons_scriptedPress_isTracedAsPressAndRelease_atItsTimes() {
        try (Classroom room = new Classroom(3, Classroom.tutorialNetwork())) {
            room.board("server").button_b.scriptPress(SimTime.seconds(1), SimTime.millis(300));
            room.sim.runUntil(SimTime.seconds(3));
            assertEquals(List.of(new ButtonChanged(SimTime.seconds(1), "server", "b", true),
                    new ButtonChanged(SimTime.millis(1300), "server", "b", false)),
                    room.trace.ofType(ButtonChanged.class));
            assertEquals("{\"t\":1.000000000,\"type\":\"button\",\"board\":\"server\",\"button\":\"b\",\"pressed\":true}",
                    room.trace.ofType(ButtonChanged.class).get(0).toJson());
        }
    }

    @Test
    void buttons_withoutScriptedPresses_leaveNoRecord() {
        try (Classroom room = new Classroom(3, Classroom.tutorialNetwork())) {
            room.board("server");
            room.sim.runUntil(SimTime.seconds(3));
            assertEquals(List.of(), room.trace.ofType(ButtonChanged.class));
        }
    }

    @Test
    void softAccessPoint_boardAt192_168_4_1_servesFourStations_andGoesAwayWhenDisabled() {
        try (Classroom room = new Classroom(3, Classroom.tutorialNetwork())) {
            Board host = room.board("host");
            host.start(0, "ap.py", b -> {
                b.wifi().enable_APWiFi("mpython-ap", "12345678", 10);
                BoardSocket s = udp(b);
                s.bind(new SocketAddress("", 6000));
                for (int i = 0; i < 4; i++) {
                    b.print(s.recvfrom(64).address().host());
                }
                b.sleep(1);
                b.wifi().disable_APWiFi();
            });
            for (int i = 1; i <= 5; i++) {
                room.board("pupil-" + i).start(SimTime.seconds(i), "pupil.py", b -> {
                    b.wifi().connectWiFi("mpython-ap", "12345678");
                    udp(b).sendto("hi", new SocketAddress("192.168.4.1", 6000));
                    b.sleep(60);
                });
            }
            room.sim.runUntil(SimTime.seconds(60));
            List<String> got = room.console("host");
            assertEquals(List.of("192.168.4.2", "192.168.4.3", "192.168.4.4", "192.168.4.5", "disable AP WiFi..."), got);
            assertTrue(room.console("pupil-5").contains(
                    "OSError: Timeout!,check your wifi password and keep your network unblocked"),
                    "the fifth station is refused: " + room.console("pupil-5"));
            assertEquals(null, host.softAccessPoint());
        }
    }

    @Test
    void softAccessPoint_shortPassword_raisesOSError() {
        try (Classroom room = new Classroom(3, Classroom.tutorialNetwork())) {
            room.board("host").start(0, "ap.py", b -> b.wifi().enable_APWiFi("x", "short", 10));
            room.sim.runUntil(SimTime.seconds(1));
            assertEquals("OSError: Wifi Invalid Password", room.console("host").get(2));
        }
    }

    @Test
    void tcpConnect_toPortWithoutListener_raisesECONNRESET() {
        try (Classroom room = run(20, b -> b.print("up"), b -> {
            BoardSocket s = b.socket();
            s.connect(new SocketAddress("192.168.0.3", 5001));
        })) {
            assertEquals("OSError: [Errno 104] ECONNRESET", room.console("client").get(room.console("client").size() - 1));
        }
    }

    @Test
    void tcpConnect_toAbsentHost_failsWithErrno113_afterAbout15Seconds() {
        try (Classroom room = run(60, b -> { }, b -> {
            BoardSocket s = b.socket();
            long t = b.ticks_ms();
            try {
                s.connect(new SocketAddress("192.168.0.77", 5001));
            } catch (OSError e) {
                b.print(e.printed(), (b.ticks_ms() - t) / 1000);
            }
        })) {
            String line = afterConnect(room, "client").get(0);
            assertTrue(line.startsWith("OSError: [Errno 113] EHOSTUNREACH "), line);
            long seconds = Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
            assertTrue(seconds >= 12 && seconds <= 20, "about 15 s, was " + seconds);
        }
    }

    @Test
    void tcpRecv_afterThePeerClosed_returnsEmptyBytes_everyTime() {
        try (Classroom room = run(20, b -> {
            BoardSocket s = b.socket();
            s.bind(new SocketAddress("", 5001));
            s.listen(1);
            BoardSocket conn = s.accept().socket();
            b.print(conn.recv(100));
            b.print(conn.recv(100), conn.recv(100));
        }, b -> {
            BoardSocket s = b.socket();
            s.connect(new SocketAddress("192.168.0.3", 5001));
            s.send("bye");
            s.close();
        })) {
            assertEquals(List.of("b'bye'", "b'' b''"), afterConnect(room, "server"));
        }
    }

    @Test
    void tcpSend_largerThanTheSendBuffer_takesOnlyPart() {
        try (Classroom room = run(20, b -> {
            BoardSocket s = b.socket();
            s.bind(new SocketAddress("", 5001));
            s.listen(1);
            s.accept();
            b.sleep(10);
        }, b -> {
            BoardSocket s = b.socket();
            s.connect(new SocketAddress("192.168.0.3", 5001));
            b.print(s.send(new byte[20000]));
        })) {
            int sent = Integer.parseInt(afterConnect(room, "client").get(0));
            assertTrue(sent > 0 && sent <= 5744, "at most the 5744-byte send buffer, was " + sent);
        }
    }
}
