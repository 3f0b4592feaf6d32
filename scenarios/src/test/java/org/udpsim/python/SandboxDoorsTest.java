package org.udpsim.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The doors a hostile program once found out of the board, each closed: the programs are a corpus under
 * {@code doors/} in the test resources, each opening with the console it must print, line for line
 * ({@code #> } lines), so that the corpus and its expectations cannot drift apart.
 */
class SandboxDoorsTest {
    private static final String EXPECTED = "#> ";

    /** Runs the corpus program {@code name} and checks its console against the lines it opens with. */
    private static void assertDoorClosed(String name) {
        String text = read("doors/" + name);
        List<String> expected = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith(EXPECTED)) {
                expected.add(line.substring(EXPECTED.length()));
            }
        }
        assertFalse(expected.isEmpty(), name + " names the console it must print");
        try (Classroom room = new Classroom()) {
            room.python("board", 0, name, text);
            room.runFor(2);
            assertEquals(expected, room.console("board"), name);
            assertEquals(null, room.ending("board"), name + " ends without an uncaught error");
        }
    }

    private static String read(String resource) {
        try (InputStream in = SandboxDoorsTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void graalpython_isNotReachable_byNameNorThroughTheBuiltins() {
        assertDoorClosed("graalpython.py");
    }

    @Test
    void interpretersSys_isNotReachable_theBoardsSysHasNoModulesNorTracer() {
        assertDoorClosed("sys_modules.py");
    }

    @Test
    void realImporter_isNotReachable_byAnyRoad() {
        assertDoorClosed("real_import.py");
    }

    @Test
    void hostFacts_kernelUidPidLoadHomeGraalPyHomeJdk_areNotReachable() {
        assertDoorClosed("host_facts.py");
    }

    @Test
    void hostClock_isNotReachable_theBoardsTimeIsTheSimulatedOne() {
        assertDoorClosed("host_clock.py");
    }

    @Test
    void hostRandomBytes_areNotReachable_andRandomIsTheScenariosStream() {
        assertDoorClosed("urandom.py");
    }

    @Test
    void objectGraph_subclassesGlobalsFramesTracebacksGenerators_leadNowhere() {
        assertDoorClosed("object_graph.py");
    }

    @Test
    void whatTheSandboxRefuses_isTheBoardsOwnError_caughtByTheProgram_withNoJavaInIt() {
        assertDoorClosed("internals.py");
    }

    @Test
    void sameSeed_sameTrace_evenForAProgramThatReadsEveryClockAndRandomSource() {
        String program = String.join("\n",
                "import time, random",
                "for i in range(3):",
                "    print(time.time(), time.ticks_ms(), time.ticks_us(), random.random(), random.getrandbits(16))",
                "    try:",
                "        print(__import__('os').urandom(4))",
                "    except ImportError as e:",
                "        print(e)",
                "    time.sleep_ms(1500)",
                "");
        assertEquals(run(program), run(program));
    }

    private static List<String> run(String program) {
        try (Classroom room = new Classroom()) {
            room.python("board", 0, "clocks.py", program);
            room.runFor(10);
            List<String> trace = new ArrayList<>(room.timedConsole("board"));
            trace.add(String.valueOf(room.ending("board")));
            return trace;
        }
    }
}
