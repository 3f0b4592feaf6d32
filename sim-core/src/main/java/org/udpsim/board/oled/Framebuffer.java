package org.udpsim.board.oled;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A framebuffer of the board's 128 × 64 monochrome OLED, one bit per pixel, with the drawing methods of the board's
 * {@code framebuf} (MicroPython v1.12 with the mPython additions).
 *
 * <p>A colour {@code c} is 0 (dark) or anything else (lit), as in MicroPython. Every method accepts any coordinates:
 * what falls outside the screen is clipped silently, and no method throws or takes time for off-screen work.
 * Shapes follow the firmware's algorithms pixel for pixel (Bresenham lines, midpoint circles, scan-line triangles).
 * Where the firmware writes past the edge without a check (its {@code circle}), this class clips instead.
 *
 * <p>Pixels are kept row by row, 16 bytes a row, the leftmost pixel of each byte in its highest bit (MicroPython's
 * MONO_HLSB order); the board's own buffer uses the display's page order (MONO_VLSB), which no caller sees.
 */
public class Framebuffer {
    public static final int WIDTH = 128;
    public static final int HEIGHT = 64;
    /** Bytes in a row of pixels. */
    public static final int STRIDE = WIDTH / 8;
    /** Bytes in the whole bitmap. */
    public static final int BYTES = STRIDE * HEIGHT;

    private final byte[] bits = new byte[BYTES];

    /** A dark framebuffer. */
    public Framebuffer() {
    }

    /** {@code fill(c)}: every pixel set to {@code c}. */
    public void fill(int c) {
        Arrays.fill(bits, c != 0 ? (byte) 0xFF : 0);
        areaFilled(0, 0, WIDTH, HEIGHT);
    }

    /** True when ({@code x}, {@code y}) is on the screen. */
    public static boolean contains(long x, long y) {
        return x >= 0 && x < WIDTH && y >= 0 && y < HEIGHT;
    }

    /**
     * {@code pixel(x, y)}: 1 when the pixel is lit, else 0; 0 as well off the screen, where the board returns
     * {@code None} (see {@link #contains}).
     */
    public int pixel(int x, int y) {
        if (!contains(x, y)) {
            return 0;
        }
        return (bits[y * STRIDE + (x >> 3)] >> (7 - (x & 7))) & 1;
    }

    /** {@code pixel(x, y, c)}: sets one pixel; nothing off the screen. */
    public void pixel(int x, int y, int c) {
        if (contains(x, y)) {
            set(x, y, c);
        }
    }

    /** {@code hline(x, y, w, c)}: {@code w} pixels rightwards from ({@code x}, {@code y}). */
    public void hline(int x, int y, int w, int c) {
        clippedRect(x, y, w, 1, c);
    }

    /** {@code vline(x, y, h, c)}: {@code h} pixels downwards from ({@code x}, {@code y}). */
    public void vline(int x, int y, int h, int c) {
        clippedRect(x, y, 1, h, c);
    }

    /** {@code rect(x, y, w, h, c)}: the outline of a {@code w} × {@code h} rectangle. */
    public void rect(int x, int y, int w, int h, int c) {
        clippedRect(x, y, w, 1, c);
        clippedRect(x, (long) y + h - 1, w, 1, c);
        clippedRect(x, y, 1, h, c);
        clippedRect((long) x + w - 1, y, 1, h, c);
    }

    /** {@code fill_rect(x, y, w, h, c)}: a filled rectangle; nothing when {@code w} or {@code h} is below 1. */
    public void fillRect(int x, int y, int w, int h, int c) {
        clippedRect(x, y, w, h, c);
        areaFilled(x, y, w, h);
    }

    /**
     * {@code line(x1, y1, x2, y2, c)}: Bresenham's line, both ends included. The pixels are those the firmware
     * draws (error term {@code 2·dy − dx}, a step along the minor axis whenever it is not negative); only the part
     * on the screen is computed.
     */
    public void line(int x1, int y1, int x2, int y2, int c) {
        long dx = Math.abs((long) x2 - x1);
        long dy = Math.abs((long) y2 - y1);
        int sx = x2 > x1 ? 1 : -1;
        int sy = y2 > y1 ? 1 : -1;
        boolean steep = dy > dx;
        // Walk the major axis; the minor offset after i steps is floor((2·minor·i + major) / (2·major)).
        long major = steep ? dy : dx;
        long minor = steep ? dx : dy;
        long start = steep ? y1 : x1;
        long other = steep ? x1 : y1;
        int majorStep = steep ? sy : sx;
        int minorStep = steep ? sx : sy;
        long limit = steep ? HEIGHT : WIDTH;
        long first;
        long last;
        if (majorStep > 0) {
            first = Math.max(0, -start);
            last = Math.min(major - 1, limit - 1 - start);
        } else {
            first = Math.max(0, start - (limit - 1));
            last = Math.min(major - 1, start);
        }
        for (long i = first; i <= last; i++) {
            long along = start + majorStep * i;
            long across = other + minorStep * minorOffset(minor, major, i);
            if (steep) {
                plot(across, along, c);
            } else {
                plot(along, across, c);
            }
        }
        plot(x2, y2, c);
    }

    /** {@code circle(x, y, r, c)}: the outline of a circle centred on ({@code x}, {@code y}) (midpoint method). */
    public void circle(int x, int y, int r, int c) {
        if (r >= 0 && circleReachesScreen(x, y, r, true)) {
            MidpointCircle.outline(this, x, y, r, c);
        }
    }

    /** {@code fill_circle(x, y, r, c)}: a filled circle centred on ({@code x}, {@code y}). */
    public void fillCircle(int x, int y, int r, int c) {
        if (r < 0 || !circleReachesScreen(x, y, r, false)) {
            return;
        }
        if (screenInside(x, y, r)) {
            clippedRect(0, 0, WIDTH, HEIGHT, c);
        } else {
            MidpointCircle.disc(this, x, y, r, c);
        }
    }

    /** {@code triangle(x0, y0, x1, y1, x2, y2, c)}: three lines joining the corners. */
    public void triangle(int x0, int y0, int x1, int y1, int x2, int y2, int c) {
        line(x0, y0, x1, y1, c);
        line(x1, y1, x2, y2, c);
        line(x2, y2, x0, y0, c);
    }

    /**
     * {@code fill_triangle(x0, y0, x1, y1, x2, y2, c)}: a filled triangle, one horizontal span per row, the span's
     * ends found on the edges by integer division truncated towards zero, as the firmware does.
     */
    public void fillTriangle(int x0, int y0, int x1, int y1, int x2, int y2, int c) {
        long[][] p = {{x0, y0}, {x1, y1}, {x2, y2}};
        Arrays.sort(p, (a, b) -> Long.compare(a[1], b[1]));
        long ax = p[0][0], ay = p[0][1], bx = p[1][0], by = p[1][1], cx = p[2][0], cy = p[2][1];
        if (ay == cy) {
            long lo = Math.min(ax, Math.min(bx, cx));
            long hi = Math.max(ax, Math.max(bx, cx));
            clippedRect(lo, ay, hi - lo + 1, 1, c);
            return;
        }
        long dyAB = Math.max(by - ay, 1);
        long dyAC = Math.max(cy - ay, 1);
        long dyBC = Math.max(cy - by, 1);
        // The upper part runs to the middle corner's row when the lower edge is flat, else to the row above it;
        // when the upper edge is flat the firmware still gives its row to the upper part, so that row holds only
        // the first corner's pixel (a firmware quirk, kept).
        long last = by == cy ? by : ay == by ? ay : by - 1;
        long from = Math.max(ay, 0);
        long to = Math.min(cy, HEIGHT - 1);
        for (long row = from; row <= to; row++) {
            long a = row <= last
                    ? ax + mulDiv(bx - ax, row - ay, dyAB)
                    : bx + mulDiv(cx - bx, row - by, dyBC);
            long b = ax + mulDiv(cx - ax, row - ay, dyAC);
            clippedRect(Math.min(a, b), row, Math.abs(b - a) + 1, 1, c);
        }
    }

    /**
     * {@code bitmap(x, y, data, w, h, c)}: a {@code w} × {@code h} picture whose rows are packed MSB first, each row
     * starting on a new byte (MONO_HLSB), top-left corner at ({@code x}, {@code y}). As the board's framebuf does,
     * both the set and the clear bits are copied, so the picture is opaque, and {@code c} is accepted but unused.
     * Bytes missing at the end of {@code data} read as 0.
     */
    public void bitmap(int x, int y, byte[] data, int w, int h, int c) {
        if (w < 1 || h < 1 || x >= WIDTH || y >= HEIGHT || -(long) x >= w || -(long) y >= h) {
            return;
        }
        long stride = ((long) w + 7) / 8;
        int sx0 = (int) Math.max(0, -(long) x);
        int sy0 = (int) Math.max(0, -(long) y);
        int xEnd = (int) Math.min(WIDTH, (long) x + w);
        int yEnd = (int) Math.min(HEIGHT, (long) y + h);
        for (int ty = Math.max(0, y), sy = sy0; ty < yEnd; ty++, sy++) {
            for (int tx = Math.max(0, x), sx = sx0; tx < xEnd; tx++, sx++) {
                long index = sy * stride + (sx >> 3);
                int bit = index < data.length ? (data[(int) index] >> (7 - (sx & 7))) & 1 : 0;
                set(tx, ty, bit);
            }
        }
    }

    /** {@code text(s, x, y)}: {@link #text(String, int, int, int)} in colour 1. */
    public DrawnText text(String s, int x, int y) {
        return text(s, x, y, 1);
    }

    /**
     * {@code text(s, x, y, c)}: the string in the 8 × 8 font, ink only (the background stays), 8 pixels a byte of
     * its UTF-8 form, no wrapping. A byte outside 32–126 draws the box of U+007F, so a non-ASCII character shows as
     * two to four boxes, as on the board.
     *
     * @return what was drawn and what of it is visible
     */
    public DrawnText text(String s, int x, int y, int c) {
        StringBuilder visible = new StringBuilder();
        long pen = x;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            byte[] utf8 = s.substring(i, i + n).getBytes(StandardCharsets.UTF_8);
            if (TextLine.cellVisible(pen, y, utf8.length * Font8x8.SIZE, Font8x8.SIZE)) {
                visible.appendCodePoint(cp);
            }
            for (byte b : utf8) {
                drawInk(Font8x8.glyph(b & 0xFF), pen, y, c);
                pen += Font8x8.SIZE;
            }
            i += n;
        }
        int width = (int) Math.min(Integer.MAX_VALUE, pen - x);
        TextLine line = new TextLine(x, y, width, Font8x8.SIZE, visible.toString());
        DrawnText drawn = new DrawnText(DrawnText.Source.TEXT, s, x, y, List.of(line));
        textDrawn(drawn);
        return drawn;
    }

    /** A copy of the bitmap: {@value #BYTES} bytes, row by row, leftmost pixel in the highest bit. */
    public byte[] toBytes() {
        return bits.clone();
    }

    /** True when no pixel is lit. */
    public boolean isDark() {
        for (byte b : bits) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Called after {@code fill} and {@code fill_rect} with the rectangle the program asked for. */
    protected void areaFilled(long x, long y, long w, long h) {
    }

    /** Called after a text call has drawn. */
    protected void textDrawn(DrawnText drawn) {
    }

    /** Sets an on-screen pixel. */
    final void set(int x, int y, int c) {
        int index = y * STRIDE + (x >> 3);
        int mask = 0x80 >> (x & 7);
        bits[index] = (byte) (c != 0 ? bits[index] | mask : bits[index] & ~mask);
    }

    void plot(long x, long y, int c) {
        if (contains(x, y)) {
            set((int) x, (int) y, c);
        }
    }

    private void drawInk(Glyph g, long x, long y, int c) {
        if (x >= WIDTH || x + g.width() <= 0 || y >= HEIGHT || y + g.height() <= 0) {
            return;
        }
        for (int row = 0; row < g.height(); row++) {
            for (int col = 0; col < g.width(); col++) {
                if (g.ink(col, row)) {
                    plot(x + col, y + row, c);
                }
            }
        }
    }

    /** MicroPython's fill_rect: nothing for w or h below 1, the rest clipped to the screen. */
    void clippedRect(long x, long y, long w, long h, int c) {
        if (w < 1 || h < 1 || x + w <= 0 || y + h <= 0 || x >= WIDTH || y >= HEIGHT) {
            return;
        }
        int x0 = (int) Math.max(x, 0);
        int y0 = (int) Math.max(y, 0);
        int x1 = (int) Math.min(x + w, WIDTH);
        int y1 = (int) Math.min(y + h, HEIGHT);
        for (int row = y0; row < y1; row++) {
            for (int col = x0; col < x1; col++) {
                set(col, row, c);
            }
        }
    }

    /**
     * False when no pixel of the circle can be on the screen: it lies wholly beside the screen, or (for an outline)
     * the whole screen lies inside the ring. A huge circle whose ring crosses the screen still takes time in
     * proportion to its radius.
     */
    private static boolean circleReachesScreen(long x, long y, long r, boolean outline) {
        long nx = Math.max(0, Math.max(-x, x - (WIDTH - 1)));
        long ny = Math.max(0, Math.max(-y, y - (HEIGHT - 1)));
        if (Math.hypot(nx, ny) > r + 2.0) {
            return false;
        }
        return !outline || !screenInside(x, y, r);
    }

    /** True when every pixel of the screen lies well inside the circle. */
    private static boolean screenInside(long x, long y, long r) {
        long fx = Math.max(Math.abs(x), Math.abs(x - (WIDTH - 1)));
        long fy = Math.max(Math.abs(y), Math.abs(y - (HEIGHT - 1)));
        return Math.hypot(fx, fy) < r - 2.0;
    }

    /** floor((2·minor·i + major) / (2·major)): the minor-axis offset of Bresenham's line after i steps. */
    private static long minorOffset(long minor, long major, long i) {
        if (major == 0) {
            return 0;
        }
        if (minor < (1L << 30) && i < (1L << 31)) {
            return (2 * minor * i + major) / (2 * major);
        }
        return BigInteger.valueOf(minor).multiply(BigInteger.valueOf(2 * i)).add(BigInteger.valueOf(major))
                .divide(BigInteger.valueOf(2 * major)).longValue();
    }

    /** a·b / d, truncated towards zero as in C, without overflow. */
    private static long mulDiv(long a, long b, long d) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return low / d;
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(d)).longValue();
    }
}
