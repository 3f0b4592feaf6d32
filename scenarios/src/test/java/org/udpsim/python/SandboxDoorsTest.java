package org.udpsim.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The doors a hostile program once found out of the board, each closed: the programs are a {@link Corpus} under
 * {@code doors/} in the test resources, each opening with the console it must print, line for line.
 */
class SandboxDoorsTest {
    /** Runs the corpus program {@code name} and checks its console against the lines it opens with. */
    private static void assertDoorClosed(String name) {
        String text = Corpus.read("doors/" + name);
        try (Classroom room = new Classroom()) {
            room.python("board", 0, name, text);
            room.runFor(2);
            assertEquals(Corpus.expected(name, text), room.console("board"), name);
            assertEquals(null, room.ending("board"), name + " ends without an uncaught error");
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
    void firmwareCheck_andTheAstItReads_areNotReachable() {
        assertDoorClosed("firmware_check.py");
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
