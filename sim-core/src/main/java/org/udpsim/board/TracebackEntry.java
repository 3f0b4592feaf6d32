package org.udpsim.board;

import java.util.Objects;

/**
 * One line of a MicroPython traceback: {@code   File "udp_server.py", line 17, in <module>}. A syntax error's
 * line names no function ({@code   File "bad.py", line 3}), as the board prints it.
 *
 * @param file the program file's name, as the board shows it
 * @param line the line, 1 or more; 0 when not known (then the line number is left out)
 * @param function the function ({@code <module>} at the top level), or null for a syntax error
 */
public record TracebackEntry(String file, int line, String function) {
    public TracebackEntry {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("a traceback line must be 0 (unknown) or more, was " + line);
        }
    }

    /** The line as the board's REPL prints it. */
    public String printed() {
        StringBuilder sb = new StringBuilder("  File \"").append(file).append('"');
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (function != null) {
            sb.append(", in ").append(function);
        }
        return sb.toString();
    }
}
