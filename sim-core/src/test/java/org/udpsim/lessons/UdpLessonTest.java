package org.udpsim.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.udpsim.board.Board;
import org.udpsim.board.Classroom;
import org.udpsim.board.oled.DrawnText;
import org.udpsim.kernel.SimTime;
import org.udpsim.trace.OledFrameShown;

/** Lesson 10.4 as the tutorial runs it: the server's console and OLED exactly as the real board shows them. */
class UdpLessonTest {

    @Test
    void tutorial_serverConsole_showsConnectionWaitingAndEveryDatagram() {
        try (Classroom room = new Classroom(1, Classroom.tutorialNetwork())) {
            Board server = room.board("server");
            Board client = room.board("client");
            server.start(0, "java:udp-server", new UdpServerLesson());
            client.start(SimTime.seconds(1), "java:udp-client", new UdpClientLesson());
            room.sim.runUntil(SimTime.seconds(20));

            List<String> lines = room.console("server");
            assertTrue(lines.get(0).matches("Connection WiFi\\.+"), lines.get(0));
            assertEquals("WiFi(ssid,-45dBm) Connection Successful, Config:"
                    + "('192.168.0.3', '255.255.255.0', '192.168.0.1', '192.168.0.1')", lines.get(1));
            assertEquals("waiting...", lines.get(2));
            Pattern received = Pattern.compile(
                    "received: b'hello message from mPython\\\\r\\\\n' from \\('192\\.168\\.0\\.2', (\\d+)\\)");
            Matcher m = received.matcher(lines.get(3));
            assertTrue(m.matches(), lines.get(3));
            int port = Integer.parseInt(m.group(1));
            assertTrue(port >= 49152, "an lwIP ephemeral port, was " + port);
            long datagrams = lines.stream().filter(l -> l.startsWith("received: ")).count();
            assertTrue(datagrams >= 7 && datagrams <= 9, "one every 2 s after the client joins: " + datagrams);
            assertTrue(lines.stream().filter(l -> l.startsWith("received: ")).allMatch(l -> l.endsWith(port + ")")),
                    "one socket, one port");
            long last = 0;
            for (org.udpsim.trace.TraceRecord r : room.trace.records()) {
                assertTrue(r.time() >= last, "the trace is in time order: " + r.toJson());
                last = r.time();
            }
        }
    }

    @Test
    void tutorial_serverOled_showsAddressThenClippedMessageAndSender() {
        try (Classroom room = new Classroom(1, Classroom.tutorialNetwork())) {
            room.board("server").start(0, "java:udp-server", new UdpServerLesson());
            room.board("client").start(SimTime.seconds(1), "java:udp-client", new UdpClientLesson());
            room.sim.runUntil(SimTime.seconds(12));

            List<OledFrameShown> frames = room.frames("server");
            List<DrawnText> first = frames.get(0).frame().texts();
            assertEquals(1, first.size());
            assertEquals("192.168.0.3:6000", first.get(0).visible());
            assertEquals(0, first.get(0).x());
            assertEquals(0, first.get(0).y());

            List<DrawnText> second = frames.get(1).frame().texts();
            assertEquals(2, second.size(), "fill(0) cleared the address");
            assertEquals("hello message from m", second.get(0).visible().strip());
            assertEquals(15, second.get(0).y());
            assertEquals("from192.168.0.2", second.get(1).visible());
            assertEquals(31, second.get(1).y());
            assertEquals(List.of("hello message from m", "from192.168.0.2"),
                    frames.get(1).frame().textLines().stream().map(String::strip).toList());
        }
    }

    @Test
    void clientWithWrongPassword_timesOutWithTheFirmwareMessage_andTheServerHearsNothing() {
        try (Classroom room = new Classroom(1, Classroom.tutorialNetwork())) {
            room.board("server").start(0, "java:udp-server", new UdpServerLesson());
            room.board("client").start(0, "java:udp-client",
                    new UdpClientLesson("ssid", "wrong-password", new org.udpsim.board.SocketAddress("192.168.0.3", 6000), 2));
            room.sim.runUntil(SimTime.seconds(30));
            List<String> client = room.console("client");
            assertTrue(client.get(0).matches("Connection WiFi\\.{20,22}"), client.get(0));
            assertEquals(List.of("Traceback (most recent call last):", "  File \"java:udp-client\", in <module>",
                    "OSError: Timeout!,check your wifi password and keep your network unblocked"),
                    client.subList(1, 4));
            assertTrue(room.console("server").stream().noneMatch(l -> l.startsWith("received")));
        }
    }

    @Test
    void clientWithUnknownSsid_failsAfterTheScan() {
        try (Classroom room = new Classroom(1, Classroom.tutorialNetwork())) {
            room.board("client").start(0, "java:udp-client",
                    new UdpClientLesson("other", "password", new org.udpsim.board.SocketAddress("192.168.0.3", 6000), 2));
            room.sim.runUntil(SimTime.seconds(5));
            assertEquals(List.of("Traceback (most recent call last):", "  File \"java:udp-client\", in <module>",
                    "OSError: SSID invalid / failed to scan this wifi"), room.console("client"));
        }
    }
}
