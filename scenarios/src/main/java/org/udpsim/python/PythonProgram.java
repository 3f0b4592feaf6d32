package org.udpsim.python;

import org.graalvm.polyglot.Source;
import org.udpsim.board.Board;
import org.udpsim.board.LessonProgram;

/**
 * A MicroPython program file, unmodified, run on a simulated board in GraalPy. Each board that runs it gets a
 * sandboxed context of its own on the runtime's shared engine; the context lives on the board's process thread, so
 * every blocking call ({@code sleep}, {@code recvfrom}, {@code accept}, {@code connectWiFi}...) simply calls the
 * board and waits in simulated time.
 *
 * <p>An exception the program does not catch, or a syntax error, ends the program with a traceback as the board's
 * REPL prints it ({@code File "udp_server.py", line 17, in <module>}); a program that runs past the step budget
 * without waiting is stopped the same way, naming its file and line. The other boards go on.
 *
 * <p>What the board's MicroPython 1.12 lacks is refused as the board refuses it: an f-string, a {@code match}... is
 * a {@code SyntaxError: invalid syntax} at its line before the program runs, and a str method the board lacks
 * ({@code s.casefold()}) an {@code AttributeError}; {@link #fullPython()} runs the file as GraalPy's Python 3.11
 * instead (a scenario's {@code python: full}).
 */
public final class PythonProgram implements LessonProgram {
    private final PythonRuntime runtime;
    private final String fileName;
    private final Source source;
    private final boolean full;

    PythonProgram(PythonRuntime runtime, String fileName, Source source, boolean full) {
        this.runtime = runtime;
        this.fileName = fileName;
        this.source = source;
        this.full = full;
    }

    /** The same file run with all of GraalPy's Python, without the refusals of the board's MicroPython 1.12. */
    public PythonProgram fullPython() {
        return new PythonProgram(runtime, fileName, source, true);
    }

    /** Whether it runs with all of GraalPy's Python ({@link #fullPython()}). */
    public boolean isFullPython() {
        return full;
    }

    /** The file's name as the board shows it in tracebacks. */
    public String fileName() {
        return fileName;
    }

    @Override
    public void run(Board board) {
        new Session(runtime, board, fileName, source, full).run();
    }

    @Override
    public String toString() {
        return fileName;
    }
}
