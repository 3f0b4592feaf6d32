package org.udpsim.board.oled;

import java.util.Map;

/**
 * The 8 × 8 font of {@code oled.text}: one glyph for each byte 32–126, and the box of U+007F for every other byte.
 * The shapes are udpsim's own (resource {@code text-8x8.txt}); the layout, 8 pixels a byte, is the board's.
 */
public final class Font8x8 {
    /** Width and height of every glyph. */
    public static final int SIZE = 8;

    private static final Glyph[] GLYPHS = load();

    private Font8x8() {
    }

    /** The glyph the board draws for {@code b}, a byte 0–255 of the string's UTF-8 form. */
    public static Glyph glyph(int b) {
        return GLYPHS[b >= 32 && b <= 126 ? b : 127];
    }

    private static Glyph[] load() {
        Map<Integer, Glyph> sheet = GlyphSheet.load("text-8x8.txt", SIZE);
        Glyph[] glyphs = new Glyph[128];
        for (int c = 32; c <= 127; c++) {
            Glyph g = sheet.get(c);
            if (g == null || g.width() != SIZE) {
                throw new IllegalStateException("text-8x8.txt: glyph U+" + Integer.toHexString(c) + " must be "
                        + SIZE + " pixels wide");
            }
            glyphs[c] = g;
        }
        return glyphs;
    }
}
