package org.udpsim.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes each record as one line of JSON (the JSON Lines format) as it happens, keeping nothing in memory. */
public final class JsonLinesTraceWriter implements TraceListener, AutoCloseable {
    private final Writer out;

    /** Writes to {@code out}, which the caller should buffer; {@link #close()} closes it. */
    public JsonLinesTraceWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void onRecord(TraceRecord record) {
        try {
            out.write(record.toJson());
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
