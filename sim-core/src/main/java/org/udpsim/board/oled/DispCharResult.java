package org.udpsim.board.oled;

/**
 * What {@code oled.DispChar} returns, {@code (total_width, (next_x, y))}, and what it drew.
 *
 * @param totalWidth the board's total width: Σ(glyph width + 1) − 1, plus, with auto_return, the unused rest of
 *                   each line it wrapped
 * @param nextX      one pixel right of the last glyph's right edge: where the next text would continue
 *                   (the x passed, minus 1, for an empty string)
 * @param nextY      the row of the last line drawn
 * @param drawn      the drawn text, for recording
 */
public record DispCharResult(long totalWidth, long nextX, long nextY, DrawnText drawn) {
}
