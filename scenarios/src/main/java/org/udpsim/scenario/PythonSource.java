package org.udpsim.scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A MicroPython program file a board runs, read when the scenario is loaded.
 *
 * @param fileName the file's name as the board shows it in tracebacks, e.g. {@code udp_server.py}
 * @param path where it was read from
 * @param text its text, decoded as UTF-8 (a byte order mark removed)
 * @param full whether the board runs it with all of GraalPy's Python 3.11 ({@code python: full}) instead of
 *     refusing, as the board's MicroPython 1.12 does, what that lacks (f-strings, match, str.casefold...)
 */
public record PythonSource(String fileName, Path path, String text, boolean full) {
    /** A file the board runs as its MicroPython 1.12 would. */
    public PythonSource(String fileName, Path path, String text) {
        this(fileName, path, text, false);
    }

    public PythonSource {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /** The same file run with all of GraalPy's Python ({@code python: full}). */
    public PythonSource fullPython() {
        return new PythonSource(fileName, path, text, true);
    }
}
