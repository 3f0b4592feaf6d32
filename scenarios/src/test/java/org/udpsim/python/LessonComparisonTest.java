package org.udpsim.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.udpsim.lessons.TcpClientLesson;
import org.udpsim.lessons.TcpServerLesson;
import org.udpsim.run.JavaPorts;
import org.udpsim.run.LessonRuns;
import org.udpsim.run.ScenarioRun;
import org.udpsim.scenario.Overrides;
import org.udpsim.scenario.Program;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioLoader;
import org.udpsim.trace.ConsoleLine;
import org.udpsim.trace.OledFrameShown;
import org.udpsim.trace.TraceRecord;
import org.udpsim.trace.TraceRecorder;

/**
 * The tutorial's Python files and their Java ports, run on the same network with the same seed, print the same
 * console lines and show the same OLED frames at the same simulated times, and send the same packets.
 */
class LessonComparisonTest {
    /** What one run showed: per board its console lines and OLED frames with their times, and the whole trace. */
    private record Shown(Map<String, List<String>> consoles, Map<String, List<String>> frames, String trace) {
    }

    private static Shown run(Scenario scenario) throws IOException {
        TraceRecorder trace = new TraceRecorder();
        ScenarioRun.simulate(scenario, List.of(trace), world -> { }, world -> { });
        return shown(trace.records(), trace.toJsonLines());
    }

    /** What the shared run of a shipped lesson showed (its trace is the folder's trace.jsonl). */
    private static Shown shippedRun(Path lesson) throws IOException {
        return shown(LessonRuns.boardsShown(lesson),
                Files.readString(LessonRuns.of(lesson).resolve("trace.jsonl"), StandardCharsets.UTF_8));
    }

    private static Shown shown(List<TraceRecord> records, String trace) {
        Map<String, List<String>> consoles = new LinkedHashMap<>();
        Map<String, List<String>> frames = new LinkedHashMap<>();
        for (TraceRecord r : records) {
            if (r instanceof ConsoleLine l) {
                consoles.computeIfAbsent(l.board(), b -> new ArrayList<>()).add(l.time() + " " + l.text());
            } else if (r instanceof OledFrameShown f) {
                frames.computeIfAbsent(f.board(), b -> new ArrayList<>()).add(f.time() + " "
                        + f.frame().textLines() + " " + Base64.getEncoder().encodeToString(f.frame().bitmap()));
            }
        }
        return new Shown(consoles, frames, trace);
    }

    private static void assertSame(Shown java, Shown python) {
        assertEquals(java.consoles().keySet(), python.consoles().keySet());
        for (String board : java.consoles().keySet()) {
            assertEquals(java.consoles().get(board), python.consoles().get(board), board + "'s console");
        }
        assertEquals(java.frames().keySet(), python.frames().keySet());
        for (String board : java.frames().keySet()) {
            assertEquals(java.frames().get(board), python.frames().get(board), board + "'s OLED frames");
        }
        assertEquals(java.trace(), python.trace(), "the same packets, at the same times");
    }

    /**
     * The Python side of each 10.4 lesson is its shared run (as {@code udpsim run} runs it); the Java side is run
     * here from the same text with the ports put in.
     */
    @TestFactory
    Stream<DynamicTest> every104Lesson_pythonFilesAndJavaPorts_showTheSame() throws IOException {
        List<Path> lessons = LessonRuns.lessonFiles().stream()
                .filter(p -> read(p).contains("program: udp_server.py")).toList();
        assertTrue(lessons.size() >= 5, "the 10.4 lessons: " + lessons);
        return lessons.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String text = read(file);
            String java = JavaPorts.of(text);
            assertFalse(java.matches("(?s).*program:\\s*\\S+\\.py\\b.*"), "every program has its port: " + java);
            Scenario py = ScenarioLoader.parse(text, file, Overrides.NONE);
            Scenario jv = ScenarioLoader.parse(java, file, Overrides.NONE);
            assertTrue(py.boards().stream().anyMatch(b -> b.program() == Program.PYTHON));
            Shown python = shippedRun(file);
            assertTrue(python.consoles().values().stream().flatMap(List::stream)
                    .anyMatch(l -> l.contains("received: b'")), "the server prints what it receives");
            assertSame(run(jv), python);
        }));
    }

    @Test
    void tcpLessonScenario_pythonFilesAndJavaPorts_showTheSame() throws IOException {
        Path file = Classroom.LESSONS.resolve("10.3-tcp.yaml");
        String java = read(file);
        assertTrue(java.contains("program: java:tcp-server") && java.contains("program: java:tcp-client"));
        String python = java.replace("program: java:tcp-server", "program: tcp_server.py")
                .replace("program: java:tcp-client", "program: tcp_client.py");
        Shown py = run(ScenarioLoader.parse(python, file, Overrides.NONE));
        assertTrue(py.consoles().get("server").stream().anyMatch(l -> l.endsWith(" hello mPython,I am TCP Client")));
        assertSame(shippedRun(file), py);
    }

    @Test
    void tcpLesson_pythonFilesAndJavaPorts_showTheSame() {
        Map<String, List<String>> consoles = new LinkedHashMap<>();
        Map<String, List<String>> frames = new LinkedHashMap<>();
        for (boolean python : new boolean[] {false, true}) {
            try (Classroom room = new Classroom()) {
                if (python) {
                    room.lesson("server", 0, "tcp_server.py");
                    room.lesson("client", 1, "tcp_client.py");
                } else {
                    room.board("server", 0, "java:tcp-server", new TcpServerLesson());
                    room.board("client", 1, "java:tcp-client", new TcpClientLesson());
                }
                room.runFor(8);
                for (String b : List.of("server", "client")) {
                    String key = b + (python ? " python" : " java");
                    consoles.put(key, room.timedConsole(b));
                    frames.put(key, room.frames(b));
                }
            }
        }
        List<String> server = consoles.get("server python");
        assertEquals("tcp waiting...", server.get(2).substring(server.get(2).indexOf(' ') + 1));
        assertTrue(server.stream().anyMatch(l -> l.endsWith(" hello mPython,I am TCP Client")), server.toString());
        assertTrue(consoles.get("client python").stream()
                .anyMatch(l -> l.endsWith(" b'hello mPython,I am TCP Client'")));
        for (String b : List.of("server", "client")) {
            assertEquals(consoles.get(b + " java"), consoles.get(b + " python"), b + "'s console");
            assertEquals(frames.get(b + " java"), frames.get(b + " python"), b + "'s OLED frames");
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
