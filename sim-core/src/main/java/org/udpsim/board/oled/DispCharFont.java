package org.udpsim.board.oled;

import java.util.Map;

/**
 * The board's 16-pixel-high proportional font for {@code oled.DispChar}: the width of every character, and a glyph
 * that fits that width.
 *
 * <p><b>Widths</b> are the board's, in pixels (a glyph advances the pen by its width + 1):
 * <ul>
 *   <li>2: space and control characters (U+0000–U+001F, U+007F–U+009F); they draw nothing and are not line breaks;</li>
 *   <li>3: {@code !',.:;I[]fijl{|}()} · 4: {@code -/\rt} · 5: {@code "*?csvxyz} ·
 *       6: digits and {@code #$+<=>^_~AEFJLSTVXYaeghku} · 7: {@code &`BCDGKPRZbdnopq} · 8: {@code HNOQUw} ·
 *       9: {@code MW} · 10: {@code %@m};</li>
 *   <li>11: every CJK ideograph and full-width character: the East Asian wide blocks of the Basic Multilingual
 *       Plane (Hangul Jamo, CJK radicals, symbols and punctuation, kana, Bopomofo, CJK compatibility, extension A,
 *       unified ideographs, Yi, Hangul syllables, compatibility ideographs, vertical and compatibility forms,
 *       full-width forms) and the ideographs of planes 2 and 3.</li>
 * </ul>
 * Characters outside the table follow two assumptions that no source confirmed: any other character of the Basic
 * Multilingual Plane (accented Latin, Greek, Cyrillic, symbols) is 6 pixels wide, drawn as a box; any other
 * character beyond it (emoji) is absent from the board's font, and the firmware then skips it without counting
 * its width: the pen jumps 128 pixels, or 16 with {@code auto_return} (see {@link #hasGlyph}).
 *
 * <p><b>Shapes</b> for printable ASCII come from the resource {@code dispchar-16.txt}, rendered once from DejaVu
 * Sans (see {@code FONT-LICENSE.txt}); glyphs sit on a baseline at row 12.
 *
 * <p><b>CJK shapes</b> come from WenQuanYi Bitmap Song 12 px (GPL-2 with the font embedding exception, see
 * {@code CJK-FONT-LICENSE.txt}), read from {@code dispchar-cjk-16.txt.gz} only when the first wide character is
 * drawn. The subset holds every wide character of GB2312 (its 6763 hanzi, full-width punctuation and forms, kana,
 * Bopomofo, CJK symbols) and the project's own CJK characters: 7098 glyphs, 117 KB. Why this font: its 12-px
 * ideographs are drawn 11 pixels wide with the 12th column as spacing, exactly the board's 11-pixel cell with its
 * 1-pixel advance, and they sit on the Latin baseline (row 12, ascent 10, descent 1), so each glyph is the font's
 * own bitmap, unscaled. GNU Unifont, the other candidate, draws ideographs 15 to 16 pixels wide: it would have to
 * be cut or rescaled to 11. The board's own ideograph bitmaps were not at hand: these shapes are a stand-in, drawn
 * with the board's widths, clipping and wrapping.
 *
 * <p><b>A character the font lacks</b> keeps its width from the table and is drawn as a hollow placeholder box
 * (the wide characters outside the subset, such as Hangul syllables or rare ideographs, and every non-ASCII
 * character the table makes 6 pixels wide, such as {@code ℃} U+2103 or {@code é}). The firmware's own handling of
 * such characters is not known (a font lookup miss may draw garbage or nothing); a box keeps the layout the width
 * table predicts and shows the reader where a character was, and is never an exception.
 */
public final class DispCharFont {
    /** The height of every glyph and of a text line, in pixels. */
    public static final int HEIGHT = 16;
    /** The width of every CJK ideograph and full-width character. */
    public static final int WIDE = 11;
    /** The assumed width of a character of the Basic Multilingual Plane the table does not name. */
    public static final int OTHER = 6;
    /** How far the firmware moves the pen over a character its font lacks, without and with auto_return. */
    public static final int MISSING_ADVANCE = 128;
    public static final int MISSING_ADVANCE_AUTO_RETURN = 16;

    private static final String[] CLASSES = {
        /* 2 */ " ",
        /* 3 */ "!',.:;I[]fijl{|}()",
        /* 4 */ "-/\\rt",
        /* 5 */ "\"*?csvxyz",
        /* 6 */ "0123456789#$+<=>^_~AEFJLSTVXYaeghku",
        /* 7 */ "&`BCDGKPRZbdnopq",
        /* 8 */ "HNOQUw",
        /* 9 */ "MW",
        /* 10 */ "%@m",
    };
    private static final byte[] ASCII_WIDTHS = asciiWidths();

    private static final Glyph WIDE_BOX = Glyph.box(WIDE, HEIGHT, 1, 2, 2);
    private static final Glyph OTHER_BOX = Glyph.box(OTHER, HEIGHT, 0, 4, 3);
    private static final Glyph CONTROL = Glyph.blank(2, HEIGHT);

    private DispCharFont() {
    }

    /**
     * The width of {@code codePoint}'s glyph in pixels, or 0 when the board's font lacks it
     * ({@link #hasGlyph} is false).
     */
    public static int width(int codePoint) {
        if (codePoint >= 0 && codePoint < 0x80) {
            return ASCII_WIDTHS[codePoint];
        }
        if (codePoint <= 0x9F) {
            return 2;
        }
        if (isWide(codePoint)) {
            return WIDE;
        }
        return hasGlyph(codePoint) ? OTHER : 0;
    }

    /**
     * False for the characters assumed absent from the board's font: code points beyond the Basic Multilingual
     * Plane other than the CJK ideographs of planes 2 and 3 (emoji, for instance), and invalid code points.
     */
    public static boolean hasGlyph(int codePoint) {
        if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
            return false;
        }
        return codePoint <= 0xFFFF || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
    }

    /**
     * The glyph drawn for {@code codePoint}, exactly {@link #width} wide; null when {@link #hasGlyph} is false.
     * A wide character the CJK font lacks (a Hangul syllable, a rare ideograph outside GB2312) is the hollow
     * placeholder box, never an error.
     */
    public static Glyph glyph(int codePoint) {
        int w = width(codePoint);
        if (w == 0) {
            return null;
        }
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
            return CONTROL;
        }
        if (codePoint < 0x7F) {
            return Sheet.GLYPHS.get(codePoint);
        }
        if (w == WIDE) {
            Glyph cjk = CjkGlyphs.glyph(codePoint);
            return cjk != null ? cjk : WIDE_BOX;
        }
        return OTHER_BOX;
    }

    /**
     * The width {@code oled.DispChar} reports for {@code s} drawn without auto_return: Σ(width + 1) − 1 over the
     * characters the font has, so −1 for an empty string, as on the board.
     */
    public static int textWidth(String s) {
        int total = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (hasGlyph(cp)) {
                total += width(cp) + 1;
            }
        }
        return total - 1;
    }

    /** True for the East Asian wide and full-width characters that are {@value #WIDE} pixels wide. */
    public static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)        // Hangul Jamo initial consonants
                || (cp >= 0x2E80 && cp <= 0x303E)    // CJK radicals, Kangxi radicals, CJK symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)    // kana, Bopomofo, Hangul compatibility Jamo, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)    // CJK unified ideographs extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)    // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)    // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)    // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)    // CJK compatibility ideographs
                || (cp >= 0xFE10 && cp <= 0xFE19)    // vertical forms
                || (cp >= 0xFE30 && cp <= 0xFE6F)    // CJK compatibility forms, small form variants
                || (cp >= 0xFF00 && cp <= 0xFF60)    // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)    // full-width signs
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK ideographs of planes 2 and 3
    }

    private static byte[] asciiWidths() {
        byte[] widths = new byte[0x80];
        for (int c = 0; c < 0x80; c++) {
            widths[c] = 2;
        }
        for (int k = 0; k < CLASSES.length; k++) {
            for (char c : CLASSES[k].toCharArray()) {
                widths[c] = (byte) (k + 2);
            }
        }
        return widths;
    }

    /** The ASCII shapes, read on first use so that widths alone never touch the resource. */
    private static final class Sheet {
        static final Map<Integer, Glyph> GLYPHS = checked(GlyphSheet.load("dispchar-16.txt", HEIGHT));

        private static Map<Integer, Glyph> checked(Map<Integer, Glyph> glyphs) {
            for (int c = 0x20; c < 0x7F; c++) {
                Glyph g = glyphs.get(c);
                if (g == null || g.width() != ASCII_WIDTHS[c]) {
                    throw new IllegalStateException("dispchar-16.txt: glyph U+" + Integer.toHexString(c)
                            + " must be " + ASCII_WIDTHS[c] + " pixels wide");
                }
            }
            return glyphs;
        }
    }
}
