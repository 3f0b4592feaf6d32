package org.udpsim.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.udpsim.board.Classroom;
import org.udpsim.board.oled.DrawnText;
import org.udpsim.kernel.SimTime;
import org.udpsim.trace.OledFrameShown;

/** Lesson 10.3 as the tutorial runs it: a connection, a greeting, and the two boards echoing it for ever. */
class TcpLessonTest {

    @Test
    void tutorial_serverAcceptsPrintsAndEchoes_clientShowsTheEcho() {
        try (Classroom room = new Classroom(1, Classroom.tutorialNetwork())) {
            room.board("server").start(0, "java:tcp-server", new TcpServerLesson());
            room.board("client").start(SimTime.seconds(3), "java:tcp-client", new TcpClientLesson());
            room.sim.runUntil(SimTime.seconds(12));

            List<String> server = room.console("server");
            assertEquals("tcp waiting...", server.get(2));
            assertEquals("accepting.....", server.get(3));
            assertTrue(server.get(4).matches("\\('192\\.168\\.0\\.2', \\d+\\) connected"), server.get(4));
            assertEquals(TcpClientLesson.GREETING, server.get(5));
            assertTrue(server.size() > 20, "the greeting goes back and forth: " + server.size() + " lines");

            List<String> client = room.console("client");
            assertEquals("b'hello mPython,I am TCP Client'", client.get(2));

            List<OledFrameShown> frames = room.frames("server");
            List<DrawnText> first = frames.get(0).frame().texts();
            assertEquals("192.168.0.3:5001", first.get(0).visible());
            assertEquals("accepting.....", first.get(1).visible());
            assertEquals(16, first.get(1).y());
            DrawnText echoed = frames.get(1).frame().texts().get(2);
            assertEquals(48, echoed.y());
            assertTrue(echoed.text().equals(TcpClientLesson.GREETING), echoed.text());
            assertEquals(List.of(TcpClientLesson.GREETING.substring(0, echoed.visible().length())),
                    List.of(echoed.visible()));
        }
    }
}
