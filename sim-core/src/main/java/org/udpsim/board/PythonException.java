package org.udpsim.board;

/**
 * A Python exception raised by the board runtime into a lesson program: a type name and the text after it, printed
 * by the REPL as {@code Type: text}. A lesson's bare {@code except:} catches these; an uncaught one ends the
 * board's program with a traceback in its console.
 */
public class PythonException extends RuntimeException {
    private final String type;
    private final String text;

    public PythonException(String type, String text) {
        super(text.isEmpty() ? type : type + ": " + text, null, false, false);
        this.type = type;
        this.text = text;
    }

    /** The Python exception type, e.g. {@code OSError}. */
    public String type() {
        return type;
    }

    /** The text after the type. */
    public String text() {
        return text;
    }

    /** The last line of the traceback: {@code OSError: [Errno 110] ETIMEDOUT}, or the type alone. */
    public String printed() {
        return text.isEmpty() ? type : type + ": " + text;
    }
}
