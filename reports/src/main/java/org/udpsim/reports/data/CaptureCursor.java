package org.udpsim.reports.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.udpsim.reports.capture.PcapReader;
import org.udpsim.reports.text.ReportException;

/**
 * Reads one node's capture alongside {@code trace.jsonl}: the k-th trace record that {@link
 * org.udpsim.reports.capture.CaptureRule} gives the node is the k-th packet of its capture, so a record's packet
 * bytes can be found without keeping them in the trace. The file is opened only when bytes are asked for.
 */
final class CaptureCursor implements AutoCloseable {
    private final Path file;
    private PcapReader reader;
    private long read;

    CaptureCursor(Path file) {
        this.file = file;
    }

    /** The bytes of the capture's packet number {@code index} (from 0), seen at {@code time}. */
    byte[] bytes(long index, long time) throws IOException {
        if (reader == null) {
            if (!Files.isRegularFile(file)) {
                throw new ReportException("the run folder has no capture " + file.getFileName() + " for its trace");
            }
            reader = PcapReader.open(file);
        }
        PcapReader.Record r = null;
        while (read <= index) {
            r = reader.next();
            read++;
            if (r == null) {
                throw new ReportException(file.getFileName() + " holds fewer packets than trace.jsonl says");
            }
        }
        if (r == null || r.timeNanos() != time) {
            throw new ReportException(file.getFileName() + " does not match trace.jsonl at " + time + " ns");
        }
        return r.bytes();
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
