package org.udpsim.board.oled;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns the texts on a screen into the lines a reader sees, top to bottom. */
final class ScreenText {
    private ScreenText() {
    }

    /**
     * The visible text lines, top to bottom: the parts drawn at the same y joined left to right with a space,
     * control characters shown as spaces, trailing spaces removed, empty lines left out.
     */
    static List<String> lines(List<DrawnText> texts) {
        List<TextLine> parts = new ArrayList<>();
        for (DrawnText t : texts) {
            parts.addAll(t.lines());
        }
        parts.sort(Comparator.comparingInt(TextLine::y).thenComparingInt(TextLine::x));
        List<String> out = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        Integer rowY = null;
        for (TextLine part : parts) {
            String text = readable(part.visible());
            if (text.isEmpty()) {
                continue;
            }
            if (rowY != null && rowY != part.y()) {
                out.add(row.toString());
                row.setLength(0);
            }
            if (row.length() > 0) {
                row.append(' ');
            }
            row.append(text);
            rowY = part.y();
        }
        if (row.length() > 0) {
            out.add(row.toString());
        }
        return List.copyOf(out);
    }

    private static String readable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return sb.toString().stripTrailing();
    }
}
