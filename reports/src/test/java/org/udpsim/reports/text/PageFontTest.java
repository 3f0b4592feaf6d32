package org.udpsim.reports.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PageFontTest {
    private static final Pattern DATA = Pattern.compile("url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)");

    @Test
    void fontFace_holdsExactlyThePagesCjkCharacters_drawnAsInTheWholeFont() throws Exception {
        Font cut = font(PageFont.fontFace("<p>收到：你好 hello — 23℃</p>"));
        for (char c : "收到：你好".toCharArray()) {
            assertTrue(cut.canDisplay(c), "in the cut: " + c);
            assertEquals(Arrays.toString(PictureFontTest.pixels(PictureFont.cjk().deriveFont(24f), "" + c)),
                    Arrays.toString(PictureFontTest.pixels(cut.deriveFont(24f), "" + c)), "the same glyph: " + c);
        }
        for (char c : "发送hello—℃".toCharArray()) {
            assertFalse(cut.canDisplay(c), "not in the page, or drawn by DejaVu Sans: " + c);
        }
    }

    @Test
    void fontFace_aFewCharacters_aFewKilobytes() {
        String rule = PageFont.fontFace("收到：你好");
        assertTrue(rule.startsWith("@font-face { font-family: 'udpsim CJK Sans'; src: url(data:font/ttf;base64,"));
        assertTrue(rule.length() < 8_000, "a page's font is cut to its characters: " + rule.length());
    }

    @Test
    void embed_samePage_sameBytes_ruleAtTheStartOfTheFirstStyle() {
        String page = "<html><head><style>\nbody {}\n</style></head><body>丢失</body></html>";
        String a = PageFont.embed(page);
        assertEquals(a, PageFont.embed(page));
        assertTrue(a.startsWith("<html><head><style>\n@font-face { font-family: 'udpsim CJK Sans';"), a.substring(0, 80));
        assertTrue(a.endsWith("}\n\nbody {}\n</style></head><body>丢失</body></html>"));
    }

    @Test
    void embed_pageWithoutChinese_unchanged() {
        String page = "<html><head><style>body {}</style></head><body>lost — 23℃ “quoted”</body></html>";
        assertEquals(page, PageFont.embed(page));
        assertEquals("", PageFont.fontFace("한국어 \uE000"), "characters the font lacks get no rule");
    }

    @Test
    void embedInSvg_styleRightAfterTheSvgTag() {
        String svg = "<?xml version=\"1.0\"?>\n<svg width=\"10\"><text>时间</text></svg>\n";
        String out = PageFont.embedInSvg(svg);
        assertTrue(out.startsWith("<?xml version=\"1.0\"?>\n<svg width=\"10\"><style>@font-face {"), out);
        assertTrue(out.endsWith("</style><text>时间</text></svg>\n"));
        assertEquals("<svg><text>time</text></svg>", PageFont.embedInSvg("<svg><text>time</text></svg>"));
    }

    private static Font font(String rule) throws IOException, FontFormatException {
        Matcher m = DATA.matcher(rule);
        assertTrue(m.find(), rule);
        byte[] ttf = Base64.getDecoder().decode(m.group(1));
        assertArrayEquals(new byte[] {0, 1, 0, 0}, Arrays.copyOf(ttf, 4), "a TrueType font");
        return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
    }
}
