package org.udpsim.board.oled;

import java.util.Arrays;

/**
 * A glyph: a width × height bitmap of ink. Rows are stored as bit masks, the leftmost column in the highest bit
 * of the row's {@code width} bits.
 */
public final class Glyph {
    /** The widest glyph any font here holds. */
    public static final int MAX_WIDTH = 16;

    private final int width;
    private final int[] rows;

    /**
     * A glyph from its rows.
     *
     * @throws IllegalArgumentException if the width is not 1 to {@value #MAX_WIDTH} or a row has ink past the width
     */
    public Glyph(int width, int[] rows) {
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("glyph width must be 1 to " + MAX_WIDTH + ", was " + width);
        }
        for (int r = 0; r < rows.length; r++) {
            if ((rows[r] >>> width) != 0) {
                throw new IllegalArgumentException("row " + r + " has ink past the glyph's width " + width);
            }
        }
        this.width = width;
        this.rows = rows.clone();
    }

    /** A glyph with no ink at all. */
    public static Glyph blank(int width, int height) {
        return new Glyph(width, new int[height]);
    }

    /** A hollow box inset by {@code inset} pixels at the sides, {@code top} rows down and {@code bottom} rows up. */
    public static Glyph box(int width, int height, int inset, int top, int bottom) {
        int[] rows = new int[height];
        int left = width - 1 - inset;
        int right = inset;
        int full = 0;
        for (int b = right; b <= left; b++) {
            full |= 1 << b;
        }
        int sides = (1 << left) | (1 << right);
        for (int r = top; r < height - bottom; r++) {
            rows[r] = (r == top || r == height - bottom - 1) ? full : sides;
        }
        return new Glyph(width, rows);
    }

    public int width() {
        return width;
    }

    public int height() {
        return rows.length;
    }

    /** True when the pixel at ({@code col}, {@code row}) of the glyph is ink; false outside the glyph. */
    public boolean ink(int col, int row) {
        if (col < 0 || col >= width || row < 0 || row >= rows.length) {
            return false;
        }
        return ((rows[row] >>> (width - 1 - col)) & 1) != 0;
    }

    /** True when the glyph has no ink. */
    public boolean isBlank() {
        for (int r : rows) {
            if (r != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Glyph g && g.width == width && Arrays.equals(g.rows, rows);
    }

    @Override
    public int hashCode() {
        return 31 * width + Arrays.hashCode(rows);
    }

    /** The glyph as rows of {@code #} (ink) and {@code .}, one line each. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < width; c++) {
                sb.append(ink(c, r) ? '#' : '.');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
