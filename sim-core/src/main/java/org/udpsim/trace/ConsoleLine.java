package org.udpsim.trace;

/** A board or program printed a line; {@code time} is when its first character was written. */
public record ConsoleLine(long time, String board, String text) implements TraceRecord {
    @Override
    public String type() {
        return "print";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("board", board).field("text", text);
    }
}
