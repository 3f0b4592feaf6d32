package org.udpsim.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors print in the board's console as MicroPython's REPL prints them, and end only that board's program. */
class TracebackTest {

    private static List<String> run(String file, String source) {
        try (Classroom room = new Classroom()) {
            room.python("board", 0, file, source);
            room.runFor(1);
            return room.console("board");
        }
    }

    @Test
    void syntaxError_namesFileAndLine_withoutAFunction() {
        assertEquals(List.of("Traceback (most recent call last):", "  File \"bad.py\", line 3",
                "SyntaxError: invalid syntax"), run("bad.py", "print('one')\nx = 1\ny = = 2\n"));
    }

    @Test
    void indentationError_asMicroPythonWordsIt() {
        assertEquals(List.of("Traceback (most recent call last):", "  File \"bad.py\", line 4",
                "IndentationError: unindent doesn't match any outer indent level"),
                run("bad.py", "def f():\n    if 1:\n        pass\n  pass\n"));
    }

    @Test
    void uncaughtException_inAFunction_listsTheCallsOutermostFirst() {
        assertEquals(List.of("start", "Traceback (most recent call last):", "  File \"zd.py\", line 6, in <module>",
                "  File \"zd.py\", line 4, in outer", "  File \"zd.py\", line 2, in inner",
                "ZeroDivisionError: divide by zero"),
                run("zd.py", "def inner(n):\n    return 1 // n\ndef outer():\n    return inner(0)\nprint('start')\n"
                        + "outer()\n"));
    }

    @Test
    void exceptionRaisedByTheProgram_printsItsText() {
        assertEquals(List.of("Traceback (most recent call last):", "  File \"e.py\", line 1, in <module>",
                "ValueError: bad value"), run("e.py", "raise ValueError('bad value')\n"));
    }

    @Test
    void endlessRecursion_endsAtTheBoardsDepth_theSameEveryRun() {
        String program = "depth = 0\ndef f(n):\n    global depth\n    depth = n\n    return f(n + 1)\n"
                + "try:\n    f(1)\nfinally:\n    print(depth)\n";
        for (int run = 0; run < 2; run++) {
            assertEquals(List.of("Traceback (most recent call last):", "  File \"r.py\", line 7, in <module>",
                    "  File \"r.py\", line 5, in f", "RuntimeError: maximum recursion depth exceeded"),
                    run("r.py", program), "the limit is the board's, not the Java stack's: no finally runs");
        }
    }

    @Test
    void sysExit_endsTheProgramQuietly() {
        try (Classroom room = new Classroom()) {
            room.python("board", 0, "x.py", "import sys\nprint('bye')\nsys.exit()\nprint('never')\n");
            room.runFor(1);
            assertEquals(List.of("bye"), room.console("board"));
            assertEquals(null, room.ending("board"));
        }
    }

    @Test
    void error_endsOnlyThatBoardsProgram_andIsItsEnding() {
        try (Classroom room = new Classroom()) {
            room.python("broken", 0, "bad.py", "x = (\n");
            room.python("fine", 0, "ok.py", "import time\ntime.sleep(1)\nprint('still here')\n");
            room.runFor(2);
            assertEquals("SyntaxError: invalid syntax", room.ending("broken"));
            assertEquals(List.of("still here"), room.console("fine"));
            assertEquals(null, room.ending("fine"));
        }
    }
}
