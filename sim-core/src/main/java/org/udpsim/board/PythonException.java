package org.udpsim.board;

import java.util.List;

/**
 * A Python exception raised by the board runtime into a lesson program: a type name and the text after it, printed
 * by the REPL as {@code Type: text}. A lesson's bare {@code except:} catches these; an uncaught one ends the
 * board's program with a traceback in its console.
 */
public class PythonException extends RuntimeException {
    private final String type;
    private final String text;
    private final List<TracebackEntry> traceback;

    public PythonException(String type, String text) {
        this(type, text, List.of());
    }

    /**
     * An exception with the traceback a Python program gives it, outermost call first; the board prints these
     * lines instead of the single {@code File} line it prints for the Java ports.
     */
    public PythonException(String type, String text, List<TracebackEntry> traceback) {
        super(text.isEmpty() ? type : type + ": " + text, null, false, false);
        this.type = type;
        this.text = text;
        this.traceback = List.copyOf(traceback);
    }

    /** The Python exception type, e.g. {@code OSError}. */
    public String type() {
        return type;
    }

    /** The text after the type. */
    public String text() {
        return text;
    }

    /** Where the exception was raised, outermost call first; empty when only the program is known. */
    public List<TracebackEntry> traceback() {
        return traceback;
    }

    /** The last line of the traceback: {@code OSError: [Errno 110] ETIMEDOUT}, or the type alone. */
    public String printed() {
        return text.isEmpty() ? type : type + ": " + text;
    }
}
