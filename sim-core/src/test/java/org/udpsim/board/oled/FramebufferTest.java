package org.udpsim.board.oled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FramebufferTest {
    private final Framebuffer fb = new Framebuffer();

    @Test
    void pixel_setThenGet_readsBackAndOffScreenReadsZero() {
        fb.pixel(3, 4, 1);
        assertEquals(1, fb.pixel(3, 4));
        fb.pixel(3, 4, 7);
        assertEquals(1, fb.pixel(3, 4), "any non-zero colour lights");
        fb.pixel(3, 4, 0);
        assertEquals(0, fb.pixel(3, 4));
        assertEquals(0, fb.pixel(-1, 0));
        assertFalse(Framebuffer.contains(128, 0));
        assertTrue(Framebuffer.contains(127, 63));
    }

    @Test
    void fill_litThenDark_setsEveryPixel() {
        fb.fill(1);
        assertEquals(128 * 64, lit(fb));
        fb.fill(0);
        assertTrue(fb.isDark());
    }

    @Test
    void fillRect_partlyOffScreen_isClipped() {
        fb.fillRect(120, 60, 20, 20, 1);
        assertEquals(8 * 4, lit(fb));
        fb.fillRect(0, 0, 0, 5, 1);
        fb.fillRect(0, 0, 5, -1, 1);
        assertEquals(8 * 4, lit(fb), "no area for w or h below 1");
    }

    @Test
    void rect_drawsTheOutlineOnly() {
        fb.rect(10, 10, 5, 4, 1);
        assertEquals(2 * 5 + 2 * 2, lit(fb));
        assertEquals(1, fb.pixel(14, 13));
        assertEquals(0, fb.pixel(12, 11));
    }

    @Test
    void hlineAndVline_drawTheirLength() {
        fb.hline(0, 0, 10, 1);
        fb.vline(20, 5, 7, 1);
        assertEquals(17, lit(fb));
        assertEquals(1, fb.pixel(9, 0));
        assertEquals(1, fb.pixel(20, 11));
    }

    @Test
    void line_endpoints_areBothLitAndTheLineIsConnected() {
        int[][] lines = {{0, 0, 127, 63}, {127, 0, 0, 63}, {5, 60, 9, 2}, {100, 10, 3, 12}, {7, 7, 7, 7}, {0, 30, 127, 30}};
        for (int[] l : lines) {
            Framebuffer f = new Framebuffer();
            f.line(l[0], l[1], l[2], l[3], 1);
            assertEquals(1, f.pixel(l[0], l[1]), "start of " + java.util.Arrays.toString(l));
            assertEquals(1, f.pixel(l[2], l[3]), "end of " + java.util.Arrays.toString(l));
            int expected = Math.max(Math.abs(l[2] - l[0]), Math.abs(l[3] - l[1])) + 1;
            assertEquals(expected, lit(f), "one pixel per step of the major axis");
        }
    }

    @Test
    void line_partlyOffScreen_drawsTheSamePixelsAsTheFullWalk() {
        int[][] lines = {{-100, -50, 200, 100}, {300, -20, -40, 90}, {64, -500, 70, 500}, {-3, 70, 130, -9}};
        for (int[] l : lines) {
            Framebuffer f = new Framebuffer();
            f.line(l[0], l[1], l[2], l[3], 1);
            Framebuffer ref = new Framebuffer();
            referenceLine(ref, l[0], l[1], l[2], l[3]);
            assertEquals(java.util.Arrays.toString(ref.toBytes()), java.util.Arrays.toString(f.toBytes()),
                    java.util.Arrays.toString(l));
        }
    }

    @Test
    void circle_isCentredOnXY() {
        fb.circle(64, 32, 10, 1);
        assertEquals(1, fb.pixel(64, 22));
        assertEquals(1, fb.pixel(64, 42));
        assertEquals(1, fb.pixel(54, 32));
        assertEquals(1, fb.pixel(74, 32));
        assertEquals(0, fb.pixel(64, 32), "hollow");
        assertSymmetricAbout(fb, 64, 32);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 128; x++) {
                if (fb.pixel(x, y) == 1) {
                    double d = Math.hypot(x - 64, y - 32);
                    assertTrue(Math.abs(d - 10) < 1, "(" + x + "," + y + ") lies on the ring");
                }
            }
        }
    }

    @Test
    void fillCircle_isCentredOnXYAndFilled() {
        fb.fillCircle(40, 30, 8, 1);
        assertEquals(1, fb.pixel(40, 30));
        assertEquals(1, fb.pixel(40, 22));
        assertEquals(1, fb.pixel(40, 38));
        assertEquals(1, fb.pixel(32, 30));
        assertEquals(1, fb.pixel(48, 30));
        assertEquals(0, fb.pixel(49, 30));
        assertSymmetricAbout(fb, 40, 30);
        assertTrue(Math.abs(lit(fb) - Math.PI * 8.5 * 8.5) < 30, "about π·r² pixels, was " + lit(fb));
        Framebuffer outline = new Framebuffer();
        outline.circle(40, 30, 8, 1);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 128; x++) {
                if (outline.pixel(x, y) == 1) {
                    assertEquals(1, fb.pixel(x, y), "the disc covers the ring at (" + x + "," + y + ")");
                }
            }
        }
    }

    @Test
    void circle_atTheCorner_isTheClippedPartOfTheSameCircle() {
        fb.circle(0, 0, 20, 1);
        Framebuffer whole = new Framebuffer();
        whole.circle(30, 30, 20, 1);
        for (int y = 0; y < 34; y++) {
            for (int x = 0; x < 98; x++) {
                assertEquals(whole.pixel(x + 30, y + 30), fb.pixel(x, y), "(" + x + "," + y + ")");
            }
        }
    }

    @Test
    void triangle_cornersAreLit() {
        fb.triangle(10, 5, 40, 50, 2, 60, 1);
        assertEquals(1, fb.pixel(10, 5));
        assertEquals(1, fb.pixel(40, 50));
        assertEquals(1, fb.pixel(2, 60));
        assertEquals(0, fb.pixel(20, 40), "hollow");
    }

    @Test
    void fillTriangle_coversTheOutlineAndTheInside() {
        fb.fillTriangle(10, 5, 40, 50, 2, 60, 1);
        assertEquals(1, fb.pixel(20, 40));
        assertEquals(1, fb.pixel(10, 5));
        assertEquals(1, fb.pixel(2, 60));
        assertEquals(0, fb.pixel(60, 30));
    }

    @Test
    void fillTriangle_flatTop_keepsOnlyTheFirstCornerOnTheTopRowAsTheFirmwareDoes() {
        fb.fillTriangle(0, 0, 20, 0, 10, 20, 1);
        assertEquals(1, fb.pixel(0, 0));
        assertEquals(0, fb.pixel(10, 0));
        assertEquals(0, fb.pixel(20, 0));
        assertEquals(1, fb.pixel(10, 1), "the rows below span both edges");
        assertEquals(1, fb.pixel(10, 20));
    }

    @Test
    void fillTriangle_allOnOneRow_isOneSpan() {
        fb.fillTriangle(5, 3, 30, 3, 12, 3, 1);
        assertEquals(26, lit(fb));
    }

    @Test
    void bitmap_rowsMsbFirst_copiesSetAndClearBits() {
        fb.fill(1);
        // 10 x 2: stride 2 bytes; row 0 = 1010000011, row 1 = 0100000000
        byte[] data = {(byte) 0b1010_0000, (byte) 0b1100_0000, (byte) 0b0100_0000, 0};
        fb.bitmap(3, 4, data, 10, 2, 1);
        assertEquals(1, fb.pixel(3, 4));
        assertEquals(0, fb.pixel(4, 4), "clear bits are copied too");
        assertEquals(1, fb.pixel(5, 4));
        assertEquals(1, fb.pixel(11, 4));
        assertEquals(1, fb.pixel(12, 4));
        assertEquals(0, fb.pixel(3, 5));
        assertEquals(1, fb.pixel(4, 5));
        assertEquals(1, fb.pixel(13, 4), "outside the picture unchanged");
    }

    @Test
    void bitmap_shortData_readsMissingBytesAsZero() {
        fb.fill(1);
        fb.bitmap(-4, 0, new byte[] {(byte) 0xFF}, 16, 3, 1);
        assertEquals(1, fb.pixel(0, 0), "bits 4..7 of the first byte, 0xFF");
        assertEquals(0, fb.pixel(4, 0), "the second byte is missing");
        assertEquals(0, fb.pixel(0, 1), "so is the second row");
        assertEquals(1, fb.pixel(0, 3), "below the picture unchanged");
    }

    @Test
    void text_8x8_drawsInkOnlyAtEightPixelsAByte() {
        DrawnText t = fb.text("AB", 0, 0);
        Glyph a = Font8x8.glyph('A');
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                assertEquals(a.ink(x, y) ? 1 : 0, fb.pixel(x, y));
            }
        }
        assertEquals("AB", t.visible());
        assertEquals(new TextLine(0, 0, 16, 8, "AB"), t.lines().get(0));
        DrawnText wide = fb.text("é!", 0, 20);
        assertEquals(24, wide.lines().get(0).width(), "é is two UTF-8 bytes: two boxes");
    }

    @Test
    void text_pastTheRightEdge_isCutAndCutCharactersAreNotVisible() {
        DrawnText t = fb.text("0123456789abcdefXYZ", 0, 0);
        assertEquals("0123456789abcdef", t.visible());
        assertEquals("", fb.text("hi", 0, 61).visible(), "3 of 8 rows");
        assertEquals("hi", fb.text("hi", 0, 60).visible(), "4 of 8 rows");
    }

    @Test
    void everyMethod_anyCoordinates_neverThrowsAndStaysFast() {
        int[] v = {Integer.MIN_VALUE, -1_000_000, -129, -1, 0, 1, 63, 64, 127, 128, 1_000_000, Integer.MAX_VALUE};
        Oled oled = new Oled(() -> 0L);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int a : v) {
                for (int b : v) {
                    oled.pixel(a, b, 1);
                    oled.pixel(a, b);
                    oled.hline(a, b, a, 1);
                    oled.vline(a, b, b, 1);
                    oled.rect(a, b, b, a, 1);
                    oled.fillRect(a, b, a, b, 0);
                    oled.line(a, b, b, a, 1);
                    oled.line(0, 0, a, b, 1);
                    oled.circle(a, b, Math.abs(b % 1000), 1);
                    oled.fillCircle(a, b, Math.abs(a % 1000), 1);
                    oled.circle(a, b, Integer.MAX_VALUE, 1);
                    oled.fillCircle(a, b, Integer.MAX_VALUE, 1);
                    oled.triangle(a, b, b, a, 0, 0, 1);
                    oled.fillTriangle(a, b, b, a, 64, 32, 1);
                    oled.fillTriangle(a, b, b, a, Integer.MAX_VALUE, Integer.MIN_VALUE, 1);
                    oled.bitmap(a, b, new byte[] {1, 2, 3}, Math.abs(a % 300), Math.abs(b % 300), 1);
                    oled.text("hello", a, b);
                    oled.dispChar("hello 你好\r\n", a, b);
                    oled.dispChar("hello 你好", a, b, TextMode.XOR, true);
                }
            }
            oled.show();
        });
    }

    /** The firmware's line walk, every step, no skipping: the reference for the clipped walk. */
    private static void referenceLine(Framebuffer f, int x1, int y1, int x2, int y2) {
        int dx = x2 - x1;
        int sx = dx > 0 ? 1 : -1;
        dx = Math.abs(dx);
        int dy = y2 - y1;
        int sy = dy > 0 ? 1 : -1;
        dy = Math.abs(dy);
        boolean steep = dy > dx;
        if (steep) {
            int t = x1; x1 = y1; y1 = t;
            t = dx; dx = dy; dy = t;
            t = sx; sx = sy; sy = t;
        }
        int e = 2 * dy - dx;
        for (int i = 0; i < dx; i++) {
            if (steep) {
                f.pixel(y1, x1, 1);
            } else {
                f.pixel(x1, y1, 1);
            }
            while (e >= 0) {
                y1 += sy;
                e -= 2 * dx;
            }
            x1 += sx;
            e += 2 * dy;
        }
        f.pixel(x2, y2, 1);
    }

    private static void assertSymmetricAbout(Framebuffer f, int cx, int cy) {
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 128; x++) {
                int mx = 2 * cx - x;
                int my = 2 * cy - y;
                if (Framebuffer.contains(mx, my)) {
                    assertEquals(f.pixel(x, y), f.pixel(mx, my), "(" + x + "," + y + ") mirrors (" + mx + "," + my + ")");
                    assertEquals(f.pixel(x, y), f.pixel(mx, y), "left-right at (" + x + "," + y + ")");
                }
            }
        }
    }

    static int lit(Framebuffer f) {
        int n = 0;
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 128; x++) {
                n += f.pixel(x, y);
            }
        }
        return n;
    }
}
