package org.udpsim.board.oled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DispCharTest {
    private static final String MESSAGE = "hello message from mPython\r\n";

    private final Oled oled = new Oled(() -> 0L);

    @Test
    void dispChar_serverAddress_is99PixelsWide() {
        DispCharResult r = oled.dispChar("192.168.0.2:6000", 0, 0);
        assertEquals(99, r.totalWidth());
        assertEquals(99, r.nextX());
        assertEquals(0, r.nextY());
        assertEquals("192.168.0.2:6000", r.drawn().visible());
        assertTrue(columnsLit(0, 16).contains(0), "the '1' starts at x = 0");
        assertTrue(maxLitColumn() <= 98, "nothing lit right of the last glyph");
    }

    @Test
    void dispChar_lessonMessage_is176PixelsWideAndShowsClipped() {
        DispCharResult r = oled.dispChar(MESSAGE, 0, 15);
        assertEquals(176, r.totalWidth());
        assertEquals(176, r.nextX());
        assertEquals(15, r.nextY());
        assertEquals("hello message from m", r.drawn().visible());
        TextLine line = r.drawn().lines().get(0);
        assertEquals(0, line.x());
        assertEquals(15, line.y());
        assertEquals(176, line.width(), "columns 0 to 175: up to the right edge of the last blank glyph");
    }

    @Test
    void dispChar_lessonMessage_lastVisibleGlyphEndsAtTheRightEdge() {
        oled.dispChar(MESSAGE, 0, 15);
        // "hello message from " ends at pen x = 118; the 'm' (10 px) fills columns 118..127 exactly.
        int inkInLastM = 0;
        for (int y = 15; y < 31; y++) {
            for (int x = 118; x < 128; x++) {
                inkInLastM += oled.pixel(x, y);
            }
        }
        assertTrue(inkInLastM > 0, "the last 'm' is drawn");
        assertEquals(0, oled.pixel(117, 20), "the gap before it is dark");
    }

    @Test
    void dispChar_returnValue_isTotalWidthAndNextPosition() {
        DispCharResult r = oled.dispChar("Hi", 10, 20);
        // H = 8, i = 3: (8 + 1) + (3 + 1) - 1 = 12; next x = 10 + 12.
        assertEquals(12, r.totalWidth());
        assertEquals(22, r.nextX());
        assertEquals(20, r.nextY());
    }

    @Test
    void dispChar_emptyString_returnsMinusOneAndXMinusOne() {
        DispCharResult r = oled.dispChar("", 5, 7);
        assertEquals(-1, r.totalWidth());
        assertEquals(4, r.nextX());
        assertEquals(7, r.nextY());
        assertTrue(oled.isDark());
    }

    @Test
    void dispChar_controlCharacters_areBlankTwoPixelGlyphsNotLineBreaks() {
        DispCharResult r = oled.dispChar("\r\n\t", 0, 0);
        assertEquals(8, r.totalWidth(), "3 × (2 + 1) - 1");
        assertEquals(0, r.nextY(), "no line break");
        assertTrue(oled.isDark());
        DispCharResult after = oled.dispChar("a\nb", 0, 0);
        // a = 6, \n = 2, b = 7: the 'b' starts at x = 7 + 3 = 10 on the same row.
        assertEquals(6 + 1 + 2 + 1 + 7, after.totalWidth());
        assertEquals(0, after.nextY());
        assertEquals(0, columnInkCount(7) + columnInkCount(8), "the newline's cell stays dark");
    }

    @Test
    void dispChar_noAutoReturn_clipsPastTheRightEdgeWithoutWrapping() {
        DispCharResult r = oled.dispChar("WWWWWWWWWWWWWWWWWWWW", 0, 0);
        assertEquals(20 * 10 - 1, r.totalWidth());
        assertEquals(0, r.nextY());
        assertEquals("WWWWWWWWWWWW", r.drawn().visible(), "12 W of 9 px + 1 fit in 120 px; the 13th is cut");
        for (int y = 16; y < 64; y++) {
            for (int x = 0; x < 128; x++) {
                assertEquals(0, oled.pixel(x, y), "nothing drawn below the line");
            }
        }
    }

    @Test
    void dispChar_autoReturn_wrapsWhenTheGlyphWouldPassTheEdge() {
        // 13 'm' of 10 px: 11 fit (pen x = 0, 11, ..., 110; 110 <= 128 - 10), the 12th at x = 121 > 118 wraps.
        DispCharResult r = oled.dispChar("mmmmmmmmmmmmm", 0, 0, TextMode.NORMAL, true);
        List<TextLine> lines = r.drawn().lines();
        assertEquals(2, lines.size());
        assertEquals(new TextLine(0, 0, 120, 16, "mmmmmmmmmmm"), lines.get(0));
        assertEquals(new TextLine(0, 16, 21, 16, "mm"), lines.get(1));
        assertEquals(16, r.nextY());
        assertEquals(21, r.nextX());
        // 11 × 11 + (128 - 121) + 2 × 11 - 1: the firmware counts the unused rest of the wrapped line.
        assertEquals(11 * 11 + 7 + 2 * 11 - 1, r.totalWidth());
    }

    @Test
    void dispChar_autoReturn_pastRow48_wrapsBackToTheTop() {
        DispCharResult r = oled.dispChar("mmmmmmmmmmmm", 0, 48, TextMode.NORMAL, true);
        List<TextLine> lines = r.drawn().lines();
        assertEquals(48, lines.get(0).y());
        assertEquals(0, lines.get(1).y(), "48 + 16 = 64 > 48: back to the top");
        assertEquals(0, r.nextY());
        assertEquals("mmmmmmmmmmmm", r.drawn().visible());
    }

    @Test
    void dispChar_autoReturn_fourFullLinesThenTheTopAgain() {
        String line = "mmmmmmmmmmm"; // 11 per line
        DispCharResult r = oled.dispChar(line.repeat(4) + "m", 0, 0, TextMode.NORMAL, true);
        List<Integer> rows = r.drawn().lines().stream().map(TextLine::y).toList();
        assertEquals(List.of(0, 16, 32, 48, 0), rows);
    }

    @Test
    void dispChar_autoReturn_startingPastTheEdge_wrapsBeforeTheFirstGlyph() {
        DispCharResult r = oled.dispChar("ab", 125, 0, TextMode.NORMAL, true);
        assertEquals("", r.drawn().lines().get(0).visible());
        assertEquals(new TextLine(0, 16, 14, 16, "ab"), r.drawn().lines().get(1));
    }

    @Test
    void dispChar_pastTheBottom_isClippedAndHalfCutRowsStillCountVisible() {
        DispCharResult low = oled.dispChar("abc", 0, 56);
        assertEquals("abc", low.drawn().visible(), "8 of 16 rows on screen");
        DispCharResult lower = oled.dispChar("abc", 0, 57);
        assertEquals("", lower.drawn().visible(), "7 of 16 rows on screen");
    }

    @Test
    void dispChar_leftOfTheScreen_cutGlyphsAreNotVisible() {
        DispCharResult r = oled.dispChar("Hello", -5, 0);
        assertEquals("ello", r.drawn().visible());
    }

    @Test
    void dispChar_normalMode_clearsTheCellBackground() {
        oled.fill(1);
        oled.dispChar(" ", 10, 10);
        assertEquals(0, oled.pixel(10, 10));
        assertEquals(0, oled.pixel(11, 25));
        assertEquals(1, oled.pixel(12, 10), "the gap column after the glyph is not painted");
        assertEquals(1, oled.pixel(10, 26), "below the 16 rows");
    }

    @Test
    void dispChar_reverseMode_litBackgroundDarkInk() {
        oled.dispChar("l", 0, 0, TextMode.REVERSE);
        Glyph l = DispCharFont.glyph('l');
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 3; x++) {
                assertEquals(l.ink(x, y) ? 0 : 1, oled.pixel(x, y), "(" + x + "," + y + ")");
            }
        }
        assertEquals(0, oled.pixel(3, 5), "gap column untouched");
    }

    @Test
    void dispChar_transparentMode_keepsTheBackground() {
        oled.fillRect(0, 0, 20, 16, 1);
        oled.dispChar("i", 0, 0, TextMode.TRANSPARENT);
        assertEquals(20 * 16, FramebufferTest.lit(oled));
    }

    @Test
    void dispChar_xorMode_invertsInkOverALitBackground() {
        oled.fillRect(0, 0, 7, 16, 1);
        oled.dispChar("o", 0, 0, TextMode.XOR);
        Glyph o = DispCharFont.glyph('o');
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 7; x++) {
                assertEquals(o.ink(x, y) ? 0 : 1, oled.pixel(x, y));
            }
        }
        oled.dispChar("o", 0, 0, TextMode.XOR);
        assertEquals(7 * 16, FramebufferTest.lit(oled), "twice XOR restores the screen");
    }

    @Test
    void dispChar_missingGlyph_movesThePenAsTheFirmwareDoes() {
        DispCharResult plain = oled.dispChar("a\uD83D\uDE00b", 0, 0);
        assertEquals(6 + 1 + 7 + 1 - 1, plain.totalWidth(), "the emoji adds no width");
        assertEquals(7 + 128 + 8 - 1, plain.nextX(), "but moves the pen 128 pixels");
        assertEquals("a", plain.drawn().visible());
        DispCharResult wrapped = new Oled(() -> 0L).dispChar("a\uD83D\uDE00b", 0, 0, TextMode.NORMAL, true);
        assertEquals(7 + 16 + 8 - 1, wrapped.nextX(), "16 pixels with auto_return");
    }

    @Test
    void dispChar_cjk_isElevenPixelsWideDrawnFromTheCjkFont() {
        DispCharResult r = oled.dispChar("你好", 0, 0);
        assertEquals(23, r.totalWidth());
        assertEquals("你好", r.drawn().visible());
        assertTrue(FramebufferTest.lit(oled) > 0);
    }


    private int columnInkCount(int x) {
        int n = 0;
        for (int y = 0; y < 64; y++) {
            n += oled.pixel(x, y);
        }
        return n;
    }

    private int maxLitColumn() {
        int max = -1;
        for (int x = 0; x < 128; x++) {
            if (columnInkCount(x) > 0) {
                max = x;
            }
        }
        return max;
    }

    private List<Integer> columnsLit(int y0, int y1) {
        return IntStream.range(0, 128).filter(x -> {
            for (int y = y0; y < y1; y++) {
                if (oled.pixel(x, y) == 1) {
                    return true;
                }
            }
            return false;
        }).boxed().toList();
    }
}
