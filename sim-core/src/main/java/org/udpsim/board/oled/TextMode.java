package org.udpsim.board.oled;

/**
 * How {@code oled.DispChar} paints a glyph's cell: the board's {@code TextMode} constants 1 to 4.
 *
 * <p>A glyph cell is the glyph's width × 16 pixels; the one-pixel gap after each glyph is never painted.
 */
public enum TextMode {
    /** 1, the default: ink lit, the rest of the cell cleared (white text on black). */
    NORMAL(1),
    /** 2: ink cleared, the rest of the cell lit (black text on white). */
    REVERSE(2),
    /** 3: ink lit, the rest of the cell left as it was. */
    TRANSPARENT(3),
    /** 4: ink pixels inverted, the rest of the cell left as it was. */
    XOR(4),
    /**
     * Any other number: the firmware then clears the ink pixels and leaves the rest of the cell, so the text is
     * invisible on a black screen.
     */
    OTHER(0);

    private final int code;

    TextMode(int code) {
        this.code = code;
    }

    /** The number a MicroPython program passes as {@code mode}; 0 for {@link #OTHER}. */
    public int code() {
        return code;
    }

    /** The mode for a program's {@code mode} argument; numbers other than 1 to 4 give {@link #OTHER}. */
    public static TextMode of(int code) {
        return switch (code) {
            case 1 -> NORMAL;
            case 2 -> REVERSE;
            case 3 -> TRANSPARENT;
            case 4 -> XOR;
            default -> OTHER;
        };
    }

    /** True when the mode paints the whole cell, hiding whatever was under it. */
    public boolean isOpaque() {
        return this == NORMAL || this == REVERSE;
    }
}
