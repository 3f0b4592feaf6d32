package org.udpsim.scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A MicroPython program file a board runs, read when the scenario is loaded.
 *
 * @param fileName the file's name as the board shows it in tracebacks, e.g. {@code udp_server.py}
 * @param path where it was read from
 * @param text its text, decoded as UTF-8 (a byte order mark removed)
 */
public record PythonSource(String fileName, Path path, String text) {
    public PythonSource {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }
}
