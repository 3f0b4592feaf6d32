package org.udpsim.reports.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.swing.text.StyleContext;

/**
 * The font every picture is drawn with: the JVM's sans-serif font (DejaVu Sans on Linux) for what it has, and
 * {@value #CJK_FAMILY}, which travels with the project, for the Chinese characters it lacks, so a chart drawn on a
 * machine with no CJK font shows its Chinese labels instead of empty boxes.
 *
 * <p>{@value #CJK_FAMILY} is the resource {@value #RESOURCE}, a subset of Droid Sans Fallback (Apache-2.0, see
 * {@code CJK-FONT-LICENSE.txt} and {@code CJK-FONT-README.md} beside it): GB2312 and the CJK punctuation and
 * full-width forms, less every character DejaVu Sans has. On first use it is read with {@link Font#createFont},
 * registered with {@link GraphicsEnvironment#registerFont}, and joined to the JVM's logical dialog font by
 * {@link StyleContext#getFont}, which makes a physical font a composite whose first slot is that font and whose
 * further slots are the logical font's: a character {@value #CJK_FAMILY} lacks (all of Latin, the digits, the space)
 * is drawn and measured by DejaVu Sans, exactly as with {@link Font#SANS_SERIF} (the font's vertical metrics are
 * DejaVu Sans's, so a label's height is the same too), and bold is DejaVu Sans Bold. Where the platform makes no
 * such composite (its logical fonts are not composites) the plain logical sans-serif font is used, with whatever
 * CJK fallback the platform gives it.
 *
 * <p>A character neither font has is drawn as the font's missing glyph, a box; never an exception.
 *
 * <p>In SVG and HTML the same glyphs are asked for by {@link #CSS_FAMILIES}; the report's and
 * the view's pages embed the characters they use ({@link PageFont}).
 */
public final class PictureFont {
    /** The family name of the CJK font, in Java2D and in CSS. */
    public static final String CJK_FAMILY = "udpsim CJK Sans";
    /** The font file, beside this class. */
    public static final String RESOURCE = "udpsim-cjk-sans.ttf";
    /**
     * The CSS font families of text in an SVG picture or a page: {@value #CJK_FAMILY} first, then DejaVu Sans, then
     * fonts with the same glyphs (WenQuanYi Micro Hei is drawn from Droid Sans Fallback), then the CJK fonts of other
     * systems; double-quoted, as JFreeSVG writes attributes in single quotes. {@value #CJK_FAMILY} holds no character
     * DejaVu Sans has (not even the space), so the browser draws exactly what the JVM draws with each; first, because
     * Chromium, given the font after DejaVu Sans and Arial, drew some Chinese runs of a page as boxes.
     */
    public static final String CSS_FAMILIES = "\"" + CJK_FAMILY + "\", \"DejaVu Sans\", \"Droid Sans Fallback\","
            + " \"WenQuanYi Micro Hei\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\","
            + " \"PingFang SC\", \"Hiragino Sans GB\", Arial, sans-serif";
    /** {@link #CSS_FAMILIES} single-quoted, for a {@code font-family="..."} attribute or a style sheet. */
    public static final String CSS_FAMILIES_SINGLE_QUOTED = CSS_FAMILIES.replace('"', '\'');

    private PictureFont() {
    }

    /** The font at {@code style} ({@link Font#PLAIN}, {@link Font#BOLD}) and {@code size} pixels. */
    public static Font of(int style, float size) {
        return Base.FONT.deriveFont(style, size);
    }

    /** Whether the picture font draws {@code codePoint} with a glyph of its own (not the missing-glyph box). */
    public static boolean canDisplay(int codePoint) {
        return Base.FONT.canDisplay(codePoint);
    }

    /** The CJK font alone, as read from {@value #RESOURCE} (for {@link PageFont} and tests). */
    static Font cjk() {
        return Base.CJK;
    }

    /** Read and registered once, on first use. */
    private static final class Base {
        static final Font CJK = read();
        static final Font FONT = compose(CJK);

        private static Font read() {
            try (InputStream in = PictureFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font " + RESOURCE + " is missing from the class path");
                }
                Font f = Font.createFont(Font.TRUETYPE_FONT, in);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
                return f;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + RESOURCE, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("font " + RESOURCE + " is not a TrueType font", e);
            }
        }

        /**
         * The CJK font with the logical font behind it. Derived sizes and styles keep the composite (bold then
         * takes DejaVu Sans Bold for Latin), so it is made once, plain.
         */
        private static Font compose(Font cjk) {
            Font composite = StyleContext.getDefaultStyleContext().getFont(cjk.getFamily(), Font.PLAIN, 12);
            if (composite.getFamily().equals(CJK_FAMILY) && composite.canDisplay('A') && composite.canDisplay('0')
                    && composite.canDisplay('你')) {
                return composite;
            }
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }
}
