package org.udpsim.trace;

import java.util.ArrayList;
import java.util.List;

/** A listener that keeps every record in memory, in order: for tests and short runs, not for long ones. */
public final class TraceRecorder implements TraceListener {
    private final List<TraceRecord> records = new ArrayList<>();

    @Override
    public void onRecord(TraceRecord record) {
        records.add(record);
    }

    public List<TraceRecord> records() {
        return records;
    }

    /** The records of one type, in order. */
    public <T extends TraceRecord> List<T> ofType(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (TraceRecord r : records) {
            if (type.isInstance(r)) {
                out.add(type.cast(r));
            }
        }
        return out;
    }

    /** The whole trace as JSON Lines text, as {@link JsonLinesTraceWriter} would write it. */
    public String toJsonLines() {
        StringBuilder sb = new StringBuilder();
        for (TraceRecord r : records) {
            sb.append(r.toJson()).append('\n');
        }
        return sb.toString();
    }
}
