package org.udpsim.trace;

import org.udpsim.board.oled.Frame;

/** A board's program called {@code oled.show()}: {@code frame} is what the screen showed from then on. */
public record OledFrameShown(long time, String board, Frame frame) implements TraceRecord {
    @Override
    public String type() {
        return "oled";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("board", board).field("frame", frame.index()).field("text", String.join(" | ", frame.textLines()));
    }
}
