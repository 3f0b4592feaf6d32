package org.udpsim.trace;

/**
 * A board's button went down ({@code pressed} true) or came back up, as a scenario scripted it: {@code button} is
 * {@code a} or {@code b}. A run without scripted presses has none of these records.
 */
public record ButtonChanged(long time, String board, String button, boolean pressed) implements TraceRecord {
    @Override
    public String type() {
        return "button";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("board", board).field("button", button).field("pressed", pressed);
    }
}
