package org.udpsim.board.oled;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout and drawing of {@code oled.DispChar(s, x, y, mode=1, auto_return=False)}, as the board's firmware
 * does them.
 *
 * <p>Each character's glyph ({@link DispCharFont}) is drawn with its top-left corner at the pen, which then moves
 * right by the glyph's width + 1. Without auto_return nothing wraps: what passes x = 127 or y = 63 is clipped.
 * With auto_return, before a glyph of width {@code w} is drawn at {@code x > 128 − w} the pen moves to the start
 * of the next line ({@code x = 0}, {@code y += 16}), and past {@code y = 48} back to {@code y = 0}; the firmware
 * adds the unused rest of the line, {@code 128 − x}, to the total width. {@code \r}, {@code \n} and {@code \t}
 * are blank 2-pixel glyphs, never line breaks. A character the font lacks draws nothing, adds nothing to the
 * width and moves the pen 128 pixels (16 with auto_return), as in the firmware.
 *
 * <p>Not reproduced: the firmware's XOR mode reads the old pixel from a mirrored row of the display page, and
 * raises IndexError near the bottom-right corner; here XOR inverts the pixel itself, anywhere.
 */
public final class DispChar {
    private DispChar() {
    }

    /**
     * Draws {@code s} on {@code fb} and returns the board's result.
     *
     * @param mode       how glyph cells are painted
     * @param autoReturn whether to wrap at the right edge
     */
    public static DispCharResult draw(Framebuffer fb, String s, int x, int y, TextMode mode, boolean autoReturn) {
        final int h = DispCharFont.HEIGHT;
        long penX = x;
        long penY = y;
        long total = 0;
        List<TextLine> lines = new ArrayList<>();
        long lineX = x;
        long lineY = y;
        long lineEnd = x;
        StringBuilder visible = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Glyph g = DispCharFont.glyph(cp);
            if (g == null) {
                penX += autoReturn ? DispCharFont.MISSING_ADVANCE_AUTO_RETURN : DispCharFont.MISSING_ADVANCE;
                continue;
            }
            int w = g.width();
            if (autoReturn && penX > Framebuffer.WIDTH - w) {
                total += Framebuffer.WIDTH - penX;
                lines.add(line(lineX, lineY, lineEnd, visible));
                visible.setLength(0);
                penX = 0;
                penY += h;
                if (penY > Framebuffer.HEIGHT - h) {
                    penY = 0;
                }
                lineX = penX;
                lineY = penY;
            }
            paint(fb, g, penX, penY, mode);
            if (TextLine.cellVisible(penX, penY, w, h)) {
                visible.appendCodePoint(cp);
            }
            lineEnd = penX + w;
            penX += w + 1;
            total += w + 1;
        }
        lines.add(line(lineX, lineY, lineEnd, visible));
        DrawnText drawn = new DrawnText(DrawnText.Source.DISP_CHAR, s, x, y, lines);
        return new DispCharResult(total - 1, penX - 1, penY, drawn);
    }

    private static TextLine line(long x, long y, long end, CharSequence visible) {
        int width = (int) Math.max(0, Math.min(Integer.MAX_VALUE, end - x));
        return new TextLine((int) x, (int) y, width, DispCharFont.HEIGHT, visible.toString());
    }

    /** Paints one glyph cell; only its on-screen part is touched. */
    private static void paint(Framebuffer fb, Glyph g, long x, long y, TextMode mode) {
        int w = g.width();
        if (x >= Framebuffer.WIDTH || x + w <= 0 || y >= Framebuffer.HEIGHT || y + g.height() <= 0) {
            return;
        }
        for (int row = 0; row < g.height(); row++) {
            long py = y + row;
            if (py < 0 || py >= Framebuffer.HEIGHT) {
                continue;
            }
            for (int col = 0; col < w; col++) {
                long px = x + col;
                if (px < 0 || px >= Framebuffer.WIDTH) {
                    continue;
                }
                int cx = (int) px;
                int cy = (int) py;
                if (g.ink(col, row)) {
                    switch (mode) {
                        case NORMAL, TRANSPARENT -> fb.set(cx, cy, 1);
                        case REVERSE, OTHER -> fb.set(cx, cy, 0);
                        case XOR -> fb.set(cx, cy, 1 - fb.pixel(cx, cy));
                    }
                } else if (mode == TextMode.NORMAL) {
                    fb.set(cx, cy, 0);
                } else if (mode == TextMode.REVERSE) {
                    fb.set(cx, cy, 1);
                }
            }
        }
    }
}
