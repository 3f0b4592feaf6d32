package org.udpsim.board.oled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DispChar with CJK text: the font's own bitmaps in the board's 11-pixel cells, with the board's layout. */
class DispCharCjkTest {
    /**
     * 十 (U+5341) as WenQuanYi Bitmap Song 12 px draws it (ascent 10, descent 1), written out by hand from the
     * font file, placed on the Latin baseline: rows 2 to 12 of the 16-row cell, plus the cell's 12th, blank column.
     */
    private static final List<String> TEN = List.of(
            "............",
            "............",
            ".....#......",
            ".....#......",
            ".....#......",
            ".....#......",
            "###########.",
            ".....#......",
            ".....#......",
            ".....#......",
            ".....#......",
            ".....#......",
            ".....#......",
            "............",
            "............",
            "............");

    private final Oled oled = new Oled(() -> 0L);

    @Test
    void mixedText_widthsFollowTheWidthTable_glyphByGlyph() {
        assertEquals(List.of(11, 11, 3, 6, 6, 6), widths("温度:23℃"));
        assertEquals(12 + 12 + 4 + 7 + 7 + 7 - 1, oled.dispChar("温度:23℃", 0, 0).totalWidth());
        assertEquals(List.of(11, 11, 2, 6, 6, 3, 3, 7), widths("收到 hello"));
        DispCharResult r = oled.dispChar("收到 hello", 0, 16);
        assertEquals(12 + 12 + 3 + 7 + 7 + 4 + 4 + 8 - 1, r.totalWidth());
        assertEquals("收到 hello", r.drawn().visible());
    }

    @Test
    void fullWidthPunctuation_isElevenPixelsWide() {
        assertEquals(List.of(11, 11, 11, 11, 11, 11), widths("：，。！？、"));
        assertEquals(6 * 12 - 1, oled.dispChar("：，。！？、", 0, 0).totalWidth());
    }

    @Test
    void ideograph_lightsExactlyTheFontsOwnPixels() {
        oled.dispChar("十", 3, 5);
        assertCell(3, 5, 0, TEN);
        assertEquals(11 + 10, FramebufferTest.lit(oled),
                "the vertical stroke's 11 pixels and the bar's 10 others, nothing else");
    }

    @Test
    void ideograph_isNotThePlaceholderBox_andTwoIdeographsDiffer() {
        Glyph you = DispCharFont.glyph('你');
        Glyph hao = DispCharFont.glyph('好');
        Glyph box = Glyph.box(11, 16, 1, 2, 2);
        assertNotEquals(box, you);
        assertNotEquals(box, hao);
        assertNotEquals(you, hao);
        assertNotEquals(pixelsOf("你"), pixelsOf("好"));
    }

    @Test
    void ideographAtX122_isClippedAtX127_inTheMiddleOfItsStrokes() {
        DispCharResult r = oled.dispChar("十", 122, 0);
        assertEquals(11, r.totalWidth());
        assertEquals(133, r.nextX());
        List<String> visibleHalf = TEN.stream().map(row -> row.substring(0, 6)).toList();
        assertCell(122, 0, 0, visibleHalf);
        assertEquals(11 + 5, FramebufferTest.lit(oled),
                "columns 122 to 127: the vertical stroke at 127 and 5 pixels of the bar");
        assertEquals("", r.drawn().visible(), "a cell cut by the right edge is not counted as shown");
    }

    @Test
    void autoReturn_wrapsTheEleventhIdeographToTheNextLine() {
        DispCharResult r = oled.dispChar("十".repeat(11), 0, 0, TextMode.NORMAL, true);
        assertEquals(10 * 12 + (128 - 120) + 12 - 1, r.totalWidth(), "the rest of the line after x = 120 counts");
        assertEquals(11, r.nextX());
        assertEquals(16, r.nextY());
        for (int k = 0; k < 10; k++) {
            assertCell(12 * k, 0, 0, TEN);
        }
        assertCell(0, 16, 0, TEN);
        assertEquals(11 * 21, FramebufferTest.lit(oled),
                "ten cells on the first line, one on the second, nothing at x = 120");
        assertEquals(List.of("十".repeat(10), "十"), r.drawn().lines().stream().map(TextLine::visible).toList());
    }

    @Test
    void wideCharacterTheFontLacks_isTheBoardsElevenPixelBox_neverAnError() {
        int hangul = 0xD55C; // 한: wide, but not in the GB2312 subset
        assertEquals(Glyph.box(11, 16, 1, 2, 2), DispCharFont.glyph(hangul));
        DispCharResult r = oled.dispChar("한十", 0, 0);
        assertEquals(12 + 11, r.totalWidth());
        assertCell(12, 0, 0, TEN);
    }

    @Test
    void everyHanziOfGb2312_hasItsOwnGlyph() {
        Charset gb2312 = Charset.forName("GB2312");
        Glyph box = Glyph.box(11, 16, 1, 2, 2);
        int hanzi = 0;
        for (int b1 = 0xB0; b1 <= 0xF7; b1++) {
            for (int b2 = 0xA1; b2 <= 0xFE; b2++) {
                String s = new String(new byte[] {(byte) b1, (byte) b2}, gb2312);
                int cp = s.codePointAt(0);
                if (s.length() != 1 || cp < 0x4E00 || cp > 0x9FFF) {
                    continue;
                }
                hanzi++;
                Glyph g = DispCharFont.glyph(cp);
                assertNotNull(g);
                assertNotEquals(box, g, () -> "U+" + Integer.toHexString(cp) + " is drawn as the box");
            }
        }
        assertEquals(6763, hanzi, "GB2312's hanzi");
    }

    private static List<Integer> widths(String s) {
        return s.codePoints().map(cp -> DispCharFont.glyph(cp).width()).boxed().toList();
    }

    private String pixelsOf(String s) {
        Oled o = new Oled(() -> 0L);
        o.dispChar(s, 0, 0);
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 12; x++) {
                sb.append(o.pixel(x, y));
            }
        }
        return sb.toString();
    }

    private void assertCell(int x0, int y0, int col0, List<String> expected) {
        for (int row = 0; row < expected.size(); row++) {
            StringBuilder actual = new StringBuilder();
            for (int col = col0; col < col0 + expected.get(row).length(); col++) {
                actual.append(oled.pixel(x0 + col, y0 + row) == 1 ? '#' : '.');
            }
            assertEquals(expected.get(row), actual.toString(), "row " + row + " of the cell at " + x0 + "," + y0);
        }
    }
}
