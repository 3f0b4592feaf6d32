package org.udpsim.trace;

/**
 * A board or program printed a line. The record comes when the line is complete ({@code time}, so a trace stays in
 * time order); {@code startedAt} is when its first character was written, the time a console shows it at.
 */
public record ConsoleLine(long time, String board, String text, long startedAt) implements TraceRecord {
    /** A line written all at once. */
    public ConsoleLine(long time, String board, String text) {
        this(time, board, text, time);
    }

    @Override
    public String type() {
        return "print";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("board", board).field("text", text);
        if (startedAt != time) {
            json.time("started", startedAt);
        }
    }
}
