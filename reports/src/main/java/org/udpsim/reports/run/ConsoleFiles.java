package org.udpsim.reports.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.udpsim.trace.ConsoleLine;
import org.udpsim.trace.TraceListener;
import org.udpsim.trace.TraceRecord;

/**
 * Writes what each board printed to {@code <dir>/<board>.txt} as it is printed, one line per printed line, each
 * after the simulated time its first character was printed at, in milliseconds with three decimals (rounded to the
 * microsecond), right-aligned in 12 characters and followed by {@code " ms"}:
 * {@code [   12345.679 ms] received: b'hi' from ('192.168.0.2', 50544)}. The stamp is the same width for every
 * line up to 99 999 999.999 ms (more than a day), so the printed text starts in the same column; a longer time
 * widens it. {@link #text(String)} takes the stamp off a line again.
 */
public final class ConsoleFiles implements TraceListener, AutoCloseable {
    /** The time stamp a console file's line starts with, and the space after it. */
    public static final Pattern STAMP = Pattern.compile("^\\[ *[0-9]+\\.[0-9]{3} ms\\] ");

    private final Path dir;
    private final Map<String, BufferedWriter> files = new TreeMap<>();

    public ConsoleFiles(Path dir) {
        this.dir = dir;
    }

    /** Creates the (empty) console file of a board, so a board that prints nothing still has one. */
    public void open(String board) {
        writer(board);
    }

    @Override
    public void onRecord(TraceRecord record) {
        if (record instanceof ConsoleLine line) {
            try {
                BufferedWriter w = writer(line.board());
                w.write(stamp(line.startedAt()));
                w.write(line.text());
                w.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the console of " + line.board() + ": " + e.getMessage(), e);
            }
        }
    }

    /** The stamp of a line printed at {@code nanos}: {@code "[   12345.679 ms] "}. */
    public static String stamp(long nanos) {
        long micros = (nanos + 500) / 1000;
        return String.format(Locale.ROOT, "[%8d.%03d ms] ", micros / 1000, micros % 1000);
    }

    /** A console file's line without its time stamp (a line without one as it is). */
    public static String text(String line) {
        return STAMP.matcher(line).replaceFirst("");
    }

    private BufferedWriter writer(String board) {
        return files.computeIfAbsent(board, b -> {
            try {
                Files.createDirectories(dir);
                return Files.newBufferedWriter(dir.resolve(b + ".txt"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the console file of " + b + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        for (BufferedWriter w : files.values()) {
            w.close();
        }
    }
}
