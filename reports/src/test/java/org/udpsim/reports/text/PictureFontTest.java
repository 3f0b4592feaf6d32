package org.udpsim.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PictureFontTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @Test
    void everyChineseLabel_isInTheFont() {
        TreeSet<String> missing = new TreeSet<>();
        for (String label : Labels.all(Lang.ZH)) {
            label.codePoints().filter(cp -> cp > 0x7F && !PictureFont.canDisplay(cp))
                    .forEach(cp -> missing.add(new String(Character.toChars(cp))));
        }
        assertEquals(new TreeSet<>(), missing, "characters of the Chinese labels that the picture font lacks");
    }

    @Test
    void twoIdeographs_drawDifferentPixels_neitherTheMissingGlyphBox() {
        assertFalse(PictureFont.canDisplay(0xE000), "U+E000 (private use) is in neither font: the box");
        int[] ni = pixels("你");
        int[] hao = pixels("好");
        int[] box = pixels("\uE000");
        assertTrue(ink(ni) > 40, "你 has ink: " + ink(ni));
        assertFalse(Arrays.equals(ni, hao), "你 and 好 are drawn alike: both missing?");
        assertFalse(Arrays.equals(ni, box), "你 is drawn as the missing-glyph box");
        assertFalse(Arrays.equals(hao, box), "好 is drawn as the missing-glyph box");
    }

    @Test
    void ideograph_isDrawnByTheProjectsCjkFont() {
        assertTrue(PictureFont.cjk().canDisplay('你'));
        assertEquals(PictureFont.CJK_FAMILY, PictureFont.cjk().getFamily());
        assertEquals(Arrays.toString(pixels(PictureFont.cjk().deriveFont(Font.PLAIN, 24f), "收到")),
                Arrays.toString(pixels(PictureFont.of(Font.PLAIN, 24), "收到")));
    }

    @Test
    void latin_isMeasuredAndDrawnAsTheJvmsSansSerif_plainAndBold() {
        String text = "delay (ms) 0 1 2 — “x” … 23℃ · udp client > 192.168.0.3:6000";
        for (int style : new int[] {Font.PLAIN, Font.BOLD}) {
            for (int size : new int[] {14, 20, 30}) {
                Font ours = PictureFont.of(style, size);
                Font sans = new Font(Font.SANS_SERIF, style, size);
                assertEquals(sans.getStringBounds(text, FRC), ours.getStringBounds(text, FRC), style + "/" + size);
                assertEquals(sans.getLineMetrics(text, FRC).getHeight(), ours.getLineMetrics(text, FRC).getHeight());
                assertEquals(Arrays.toString(pixels(sans, "Hello 42")), Arrays.toString(pixels(ours, "Hello 42")));
            }
        }
    }

    @Test
    void chineseLabel_isAsHighAsALatinOne_andAnIdeographOneEmWide() {
        Font f = PictureFont.of(Font.PLAIN, 24);
        assertEquals(f.getLineMetrics("time", FRC).getHeight(), f.getLineMetrics("时间", FRC).getHeight());
        assertEquals(48.0, f.getStringBounds("时间", FRC).getWidth(), 1e-9);
    }

    @Test
    void characterInNeitherFont_isMeasuredAndDrawn_noException() {
        Font f = PictureFont.of(Font.PLAIN, 24);
        assertFalse(PictureFont.canDisplay('한'), "Hangul is outside the subset");
        Rectangle2D b = f.getStringBounds("한 \uD83D\uDE00 \uDBFF", FRC);
        assertTrue(b.getWidth() > 0);
        assertNotEquals(0, ink(pixels(f, "한")), "drawn as a box");
    }

    @Test
    void cssFamilies_theCjkFontFirst_thenDejaVuSans() {
        assertTrue(PictureFont.CSS_FAMILIES.startsWith("\"udpsim CJK Sans\", \"DejaVu Sans\", "));
        assertFalse(PictureFont.CSS_FAMILIES_SINGLE_QUOTED.contains("\""));
    }

    private static int[] pixels(String text) {
        return pixels(PictureFont.of(Font.PLAIN, 24), text);
    }

    /** The grey levels of {@code text} drawn black on white, antialiased, in a 64 × 40 image. */
    static int[] pixels(Font font, String text) {
        BufferedImage img = new BufferedImage(64, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 64, 40);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(font);
        g.drawString(text, 4, 30);
        g.dispose();
        int[] grey = new int[64 * 40];
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 64; x++) {
                grey[y * 64 + x] = img.getRGB(x, y) & 0xFF;
            }
        }
        return grey;
    }

    private static int ink(int[] grey) {
        return (int) Arrays.stream(grey).filter(v -> v < 128).count();
    }
}
