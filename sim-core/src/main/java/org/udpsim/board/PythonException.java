package org.udpsim.board;

import java.util.List;
import java.util.Objects;

/**
 * A Python exception raised by the board runtime into a lesson program: a type name and the text after it, printed
 * by the REPL as {@code Type: text}. A lesson's bare {@code except:} catches these; an uncaught one ends the
 * board's program with a traceback in its console.
 */
public class PythonException extends RuntimeException {
    private final String type;
    private final String text;
    private final List<TracebackEntry> traceback;
    private final String hint;

    public PythonException(String type, String text) {
        this(type, text, List.of());
    }

    /**
     * An exception with the traceback a Python program gives it, outermost call first; the board prints these
     * lines instead of the single {@code File} line it prints for the Java ports.
     */
    public PythonException(String type, String text, List<TracebackEntry> traceback) {
        this(type, text, traceback, "");
    }

    /**
     * An exception as above whose traceback is followed by udpsim's {@code hint}, one line that says why (a
     * {@code SyntaxError} names the feature the board's MicroPython lacks); empty for none.
     */
    public PythonException(String type, String text, List<TracebackEntry> traceback, String hint) {
        super(text.isEmpty() ? type : type + ": " + text, null, false, false);
        this.type = type;
        this.text = text;
        this.traceback = List.copyOf(traceback);
        this.hint = Objects.requireNonNull(hint, "hint");
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

    /** udpsim's line after the traceback, {@code udpsim: ...}; empty when there is none. */
    public String hint() {
        return hint;
    }

    /** The last line of the traceback: {@code OSError: [Errno 110] ETIMEDOUT}, or the type alone. */
    public String printed() {
        return text.isEmpty() ? type : type + ": " + text;
    }
}
