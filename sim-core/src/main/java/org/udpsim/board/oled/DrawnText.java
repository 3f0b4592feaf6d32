package org.udpsim.board.oled;

import java.util.List;

/**
 * What one text call drew: the string, where the program asked for it, and what could be seen, line by line.
 *
 * <p>{@code oled.text} always makes one line; {@code oled.DispChar} makes one more line each time
 * {@code auto_return} wraps.
 *
 * @param source which call drew it
 * @param text   the string as the program passed it
 * @param x      the x the program passed
 * @param y      the y the program passed
 * @param lines  the screen lines, in drawing order
 */
public record DrawnText(Source source, String text, int x, int y, List<TextLine> lines) {
    /** The call that drew a text. */
    public enum Source {
        /** {@code oled.DispChar}: the 16-pixel proportional font. */
        DISP_CHAR("DispChar"),
        /** {@code oled.text}: the 8 × 8 font. */
        TEXT("text");

        private final String boardName;

        Source(String boardName) {
            this.boardName = boardName;
        }

        /** The method's name on the board. */
        public String boardName() {
            return boardName;
        }
    }

    public DrawnText {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a drawn text has at least one line");
        }
        lines = List.copyOf(lines);
    }

    /** The visible characters of all lines, concatenated in drawing order. */
    public String visible() {
        if (lines.size() == 1) {
            return lines.get(0).visible();
        }
        StringBuilder sb = new StringBuilder();
        for (TextLine line : lines) {
            sb.append(line.visible());
        }
        return sb.toString();
    }

    /** True when the rectangle covers every line (see {@link TextLine#isCoveredBy}). */
    public boolean isCoveredBy(long rx, long ry, long rw, long rh) {
        for (TextLine line : lines) {
            if (!line.isCoveredBy(rx, ry, rw, rh)) {
                return false;
            }
        }
        return true;
    }
}
