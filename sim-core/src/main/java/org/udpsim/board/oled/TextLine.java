package org.udpsim.board.oled;

/**
 * One screen line of a text call: where its first glyph was drawn, the box its glyphs take, and the characters a
 * reader can see.
 *
 * <p>A character counts as visible when its whole width lies on the screen and at least half of its height does;
 * a character cut at the left or right edge is not visible, one whose lower rows fall off the bottom is. Control
 * characters count like any other (DispChar draws them as blanks), so {@code visible} may end in {@code "\r\n"}.
 *
 * @param x       where the line's first glyph was drawn
 * @param y       the line's top row
 * @param width   from {@code x} to the right edge of the line's last glyph, in pixels (saturating)
 * @param height  16 for DispChar, 8 for text
 * @param visible the visible characters, in order
 */
public record TextLine(int x, int y, int width, int height, String visible) {
    public TextLine {
        if (width < 0 || height < 1) {
            throw new IllegalArgumentException("a text line's box must not be negative: " + width + "x" + height);
        }
    }

    /**
     * True when the rectangle hides every pixel of this line's box that lies on the screen; true as well when no
     * pixel of the box lies on the screen.
     */
    public boolean isCoveredBy(long rx, long ry, long rw, long rh) {
        long bx0 = Math.max(x, 0);
        long bx1 = Math.min((long) x + width - 1, Framebuffer.WIDTH - 1);
        long by0 = Math.max(y, 0);
        long by1 = Math.min((long) y + height - 1, Framebuffer.HEIGHT - 1);
        if (bx0 > bx1 || by0 > by1) {
            return true;
        }
        return rx <= bx0 && rx + rw - 1 >= bx1 && ry <= by0 && ry + rh - 1 >= by1;
    }

    /** Whether a glyph cell at ({@code cx}, {@code cy}), {@code w} × {@code h}, counts as visible (see above). */
    static boolean cellVisible(long cx, long cy, int w, int h) {
        if (cx < 0 || cx + w - 1 >= Framebuffer.WIDTH) {
            return false;
        }
        long rows = Math.min(cy + h - 1, Framebuffer.HEIGHT - 1) - Math.max(cy, 0) + 1;
        return rows * 2 >= h;
    }
}
