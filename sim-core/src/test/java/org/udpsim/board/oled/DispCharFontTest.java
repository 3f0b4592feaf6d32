package org.udpsim.board.oled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DispCharFontTest {

    static Stream<Arguments> widthClasses() {
        return Stream.of(
                Arguments.of(" ", 2),
                Arguments.of("!',.:;I[]fijl{|}()", 3),
                Arguments.of("-/\\rt", 4),
                Arguments.of("\"*?csvxyz", 5),
                Arguments.of("0123456789#$+<=>^_~AEFJLSTVXYaeghku", 6),
                Arguments.of("&`BCDGKPRZbdnopq", 7),
                Arguments.of("HNOQUw", 8),
                Arguments.of("MW", 9),
                Arguments.of("%@m", 10),
                Arguments.of("你好中文，。！：（）ＡＢ\u3000あア한", 11));
    }

    @ParameterizedTest(name = "{1} px: {0}")
    @MethodSource("widthClasses")
    void width_eachClassOfTheBoardTable_hasTheBoardWidth(String chars, int width) {
        chars.codePoints().forEach(cp -> assertEquals(width, DispCharFont.width(cp),
                () -> "width of '" + Character.toString(cp) + "'"));
    }

    @Test
    void width_everyPrintableAscii_isInTheTable() {
        String classes = " !',.:;I[]fijl{|}()-/\\rt\"*?csvxyz0123456789#$+<=>^_~AEFJLSTVXYaeghku&`BCDGKPRZbdnopq"
                + "HNOQUwMW%@m";
        for (char c = 0x20; c < 0x7F; c++) {
            assertTrue(classes.indexOf(c) >= 0, "'" + c + "' is in one width class");
        }
        assertEquals(95, classes.length(), "each printable ASCII character once");
    }

    @Test
    void width_controlCharacters_areTwoPixels() {
        for (int cp : new int[] {0, '\t', '\n', '\r', 0x1B, 0x1F, 0x7F, 0x85, 0x9F}) {
            assertEquals(2, DispCharFont.width(cp), "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void width_otherCharacters_followTheDocumentedAssumptions() {
        assertEquals(6, DispCharFont.width('é'));
        assertEquals(6, DispCharFont.width('Ω'));
        assertEquals(11, DispCharFont.width(0x20000), "a CJK ideograph of plane 2");
        assertEquals(0, DispCharFont.width(0x1F600), "an emoji is missing from the board's font");
        assertFalse(DispCharFont.hasGlyph(0x1F600));
        assertNull(DispCharFont.glyph(0x1F600));
    }

    @Test
    void glyph_everyCharacter_fitsItsWidthTimesSixteenCell() {
        int[] samples = {'\r', '\n', '\t', 'é', '中', '，', 0xFF01, 0x20000};
        for (int cp = 0x20; cp < 0x7F; cp++) {
            assertCell(cp);
        }
        for (int cp : samples) {
            assertCell(cp);
        }
    }

    private static void assertCell(int cp) {
        Glyph g = DispCharFont.glyph(cp);
        assertNotNull(g, "U+" + Integer.toHexString(cp));
        assertEquals(DispCharFont.width(cp), g.width(), "width of U+" + Integer.toHexString(cp));
        assertEquals(DispCharFont.HEIGHT, g.height(), "height of U+" + Integer.toHexString(cp));
    }

    @Test
    void glyph_visibleAsciiCharacters_haveInkAndSpaceHasNone() {
        for (int cp = 0x21; cp < 0x7F; cp++) {
            assertFalse(DispCharFont.glyph(cp).isBlank(), "'" + (char) cp + "' has ink");
        }
        assertTrue(DispCharFont.glyph(' ').isBlank());
        assertTrue(DispCharFont.glyph('\r').isBlank());
    }

    @Test
    void textWidth_serverAddress_is99Pixels() {
        assertEquals(99, DispCharFont.textWidth("192.168.0.2:6000"));
    }

    @Test
    void textWidth_lessonMessage_is176Pixels() {
        assertEquals(176, DispCharFont.textWidth("hello message from mPython\r\n"));
    }

    @Test
    void textWidth_emptyString_isMinusOneAsOnTheBoard() {
        assertEquals(-1, DispCharFont.textWidth(""));
    }

    @Test
    void font8x8_bytesOutsidePrintableAscii_drawTheBoxOfDel() {
        assertEquals(Font8x8.glyph(0x7F), Font8x8.glyph(0x0A));
        assertEquals(Font8x8.glyph(0x7F), Font8x8.glyph(0xE4));
        assertFalse(Font8x8.glyph('A').equals(Font8x8.glyph(0x7F)));
        assertTrue(Font8x8.glyph(' ').isBlank());
    }
}
