package org.udpsim.reports.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.udpsim.kernel.SimTime;
import org.udpsim.trace.ConsoleLine;
import org.udpsim.trace.TraceListener;
import org.udpsim.trace.TraceRecord;

/**
 * Writes what each board printed to {@code <dir>/<board>.txt} as it is printed, one line per printed line, each
 * after its simulated time: {@code [   12.345678901] received: b'hi' from ('192.168.0.2', 50544)}.
 */
public final class ConsoleFiles implements TraceListener, AutoCloseable {
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
                w.write(String.format("[%16s] ", SimTime.format(line.startedAt())));
                w.write(line.text());
                w.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the console of " + line.board() + ": " + e.getMessage(), e);
            }
        }
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
