package org.udpsim.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox: a program reaches no host file, class, thread or process (the doors one by one: SandboxDoorsTest),
 * and one that never waits is stopped by the step budget (with its file and line) while the other boards go on.
 */
class SandboxTest {
    /** A small budget, so that stopping a spinning program takes a moment. */
    private static PythonRuntime small;

    @BeforeAll
    static void runtime() {
        small = new PythonRuntime(5_000);
    }

    @AfterAll
    static void close() {
        small.close();
    }

    private static List<String> run(String source) {
        try (Classroom room = new Classroom()) {
            room.python("board", 0, "t.py", source);
            room.runFor(1);
            return room.console("board");
        }
    }

    @Test
    void hostFile_isNotOnTheBoard_ENOENT() {
        List<String> console = run("try:\n    print(open('/etc/passwd').read())\nexcept OSError as e:\n"
                + "    print('refused', e, e.args[0])\nopen('main.py')\n");
        assertEquals(List.of("refused [Errno 2] ENOENT 2", "Traceback (most recent call last):",
                "  File \"t.py\", line 5, in <module>", "OSError: [Errno 2] ENOENT"), console);
    }

    @Test
    void input_readsTheSerialLine_whereNoOneWrites_EOFError() {
        List<String> console = run("try:\n    input('name? ')\nexcept EOFError:\n    print('no input')\n"
                + "print('x', flush=True)\n");
        assertEquals(List.of("name? no input", "x"), console);
    }

    @Test
    void hostModules_outsideTheBoardsTable_areRefusedEvenThroughEval() {
        List<String> console = run("for name in ('os', 'java', 'polyglot', '_thread', 'subprocess', 'socket'):\n"
                + "    try:\n        __import__(name)\n        print(name, 'imported')\n"
                + "    except ImportError as e:\n        print(e)\n");
        assertEquals(List.of("no module named 'os'", "no module named 'java'", "no module named 'polyglot'",
                "no module named '_thread'", "no module named 'subprocess'", "socket imported"), console);
    }

    @Test
    void boardObject_exposesOnlyItsExportedMembers() {
        List<String> console = run("import socket\ns = socket.socket()\nh = s._s\n"
                + "for name in ('getClass', 'socket', 'session', 'hashCode'):\n"
                + "    print(name, hasattr(h, name))\n");
        assertEquals(List.of("getClass False", "socket False", "session False", "hashCode False"), console);
    }

    @Test
    void everythingReachable_fromTheProgramsGlobals_isTheBoardsOwn() {
        String walk = String.join("\n",
                "import sys, time, socket, mpython, machine, network, errno, random, json, re, collections",
                "todo = [globals()]",
                "seen = {}",
                "modules = set()",
                "helpers = []",
                "i = 0",
                "while i < len(todo):",
                "    o = todo[i]",
                "    i += 1",
                "    if id(o) in seen:",
                "        continue",
                "    seen[id(o)] = o",
                "    if hasattr(o, 'make_error') or hasattr(o, 'hard_exit') or hasattr(o, 'guard'):",
                "        helpers.append(o)",
                "    kind = type(o).__name__",
                "    if kind == 'module':",
                "        modules.add(o.__name__)",
                "        todo.extend(vars(o).values())",
                "    elif isinstance(o, dict):",
                "        todo.extend(o.values())",
                "    elif isinstance(o, (list, tuple, set, frozenset)):",
                "        todo.extend(o)",
                "    elif kind != 'type' and hasattr(o, '__dict__'):",
                "        todo.extend(vars(o).values())",
                "print('walked', len(seen) > 200)",
                "print(sorted(modules))",
                "print('helpers', helpers)",
                "");
        try (Classroom room = new Classroom()) {
            room.python("board", 0, "walk.py", walk);
            room.runFor(5);
            assertEquals(List.of("walked True", "['collections', 'errno', 'json', 'machine', 'math', 'mpython',"
                    + " 'network', 'random', 're', 'socket', 'struct', 'sys', 'time']", "helpers []"),
                    room.console("board"));
        }
    }

    @Test
    void endlessLoop_isStopped_withFileAndLine_andTheOtherBoardsGoOn() {
        try (Classroom room = new Classroom(small)) {
            room.python("spinner", 1, "spin.py", "x = 0\nwhile True:\n    x += 1\n");
            room.python("ticker", 0, "tick.py", "from mpython import *\nfor i in range(5):\n    print(i)\n"
                    + "    sleep(1)\n");
            room.runFor(10);
            assertEquals(List.of("Traceback (most recent call last):", "  File \"spin.py\", line 3, in <module>",
                    "KeyboardInterrupt: udpsim stopped the program after 5000 lines without waiting (no sleep,"
                            + " receive or other blocking call); the board would hang here"),
                    room.console("spinner"));
            assertTrue(room.ending("spinner").startsWith("KeyboardInterrupt: udpsim stopped the program"));
            assertEquals(List.of("0", "1", "2", "3", "4"), room.console("ticker"));
            assertEquals(null, room.ending("ticker"));
        }
    }

    @Test
    void endlessLoopInAFunction_cannotBeCaught_andTheTracebackNamesBothLines() {
        try (Classroom room = new Classroom(small)) {
            room.python("board", 0, "spin.py", "def spin():\n    while True:\n        pass\n\ntry:\n    spin()\n"
                    + "except:\n    print('caught')\nprint('after')\n");
            room.runFor(1);
            List<String> console = room.console("board");
            assertEquals(List.of("Traceback (most recent call last):", "  File \"spin.py\", line 6, in <module>"),
                    console.subList(0, 2));
            assertTrue(console.get(2).matches("  File \"spin\\.py\", line [23], in spin"), console.get(2));
            assertFalse(console.contains("caught"));
            assertFalse(console.contains("after"));
        }
    }

    @Test
    void withoutTheTracer_theEnginesStatementLimitStopsTheProgram_namingItsLines_andTheOtherBoardsGoOn() {
        try (PythonRuntime untraced = new PythonRuntime(5_000, false);
                Classroom room = new Classroom(untraced)) {
            room.python("board", 0, "spin.py", "x = 0\nwhile True:\n    x += 1\n");
            room.python("nested", 0, "nested.py", "def spin():\n    n = 0\n    while True:\n        n += 1\n\n"
                    + "try:\n    spin()\nexcept:\n    print('caught')\n");
            room.python("ticker", 0, "tick.py", "import time\nfor i in range(3):\n    time.sleep(1)\n"
                    + "    print(i)\n");
            room.runFor(5);
            String stopped = "KeyboardInterrupt: udpsim stopped the program after more than 25000 statements without"
                    + " waiting; the board would hang here";
            assertEquals(List.of("Traceback (most recent call last):", "  File \"spin.py\", line 3, in <module>",
                    stopped), room.console("board"));
            assertEquals(List.of("Traceback (most recent call last):", "  File \"nested.py\", line 7, in <module>",
                    "  File \"nested.py\", line 3, in spin", stopped), room.console("nested"));
            assertEquals(List.of("0", "1", "2"), room.console("ticker"));
        }
    }

    @Test
    void withoutTheTracer_theDefaultBackstop_stopsASpinningProgramWithinAboutASecond() {
        try (PythonRuntime untraced = new PythonRuntime(PythonRuntime.DEFAULT_STEP_BUDGET, false);
                Classroom room = new Classroom(untraced)) {
            untraced.prepare(2); // the second board's context is made while the first spins: not what is timed
            String spin = "x = 0\nwhile True:\n    x += 1\n";
            room.python("first", 0, "spin.py", spin);
            room.runFor(1);
            room.python("board", 1, "spin.py", spin);
            long t0 = System.nanoTime();
            room.runFor(2);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(List.of("Traceback (most recent call last):", "  File \"spin.py\", line 3, in <module>",
                    "KeyboardInterrupt: udpsim stopped the program after more than 1000000 statements without"
                            + " waiting; the board would hang here"), room.console("board"));
            assertTrue(ms < 2000, "the backstop took " + ms + " ms of wall time");
        }
    }

    @Test
    void busyWaitOnTheClock_seesTimePass_andIsNotStopped() {
        try (Classroom room = new Classroom(small)) {
            room.python("board", 0, "wait.py", "import time\nstart = time.ticks_ms()\n"
                    + "while time.ticks_diff(time.ticks_ms(), start) < 2000:\n    pass\nprint('waited', time.time())\n");
            room.runFor(5);
            assertEquals(List.of("waited 2"), room.console("board"));
        }
    }

    @Test
    void busyWaitOnAButton_endsWhenTheButtonIsPressed() {
        try (Classroom room = new Classroom(small)) {
            org.udpsim.board.Board b = room.python("board", 0, "button.py", "from mpython import *\nimport time\n"
                    + "while not button_a.was_pressed():\n    pass\nprint('pressed at', time.ticks_ms() // 100)\n");
            b.button_a.scriptPress(org.udpsim.kernel.SimTime.seconds(3), org.udpsim.kernel.SimTime.millis(100));
            room.runFor(5);
            assertEquals(List.of("pressed at 30"), room.console("board"));
        }
    }
}
