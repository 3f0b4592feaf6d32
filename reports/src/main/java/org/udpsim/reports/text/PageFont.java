package org.udpsim.reports.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The CJK font a self-contained page carries: an {@code @font-face} rule for {@value PictureFont#CJK_FAMILY} that
 * holds, as a TrueType font in a {@code data:} URL, the glyphs of exactly the characters of the page that font
 * draws, cut from {@link PictureFont#RESOURCE} with Apache FontBox's subsetter. So a laptop without a CJK font
 * shows the page's Chinese (labels, lesson names, what the boards printed) with the glyphs the PNG charts have, at
 * a few kilobytes for a page's few dozen characters rather than the whole font's megabyte. A page with no such
 * character gets no rule. The same page text gives the same bytes.
 */
public final class PageFont {
    private PageFont() {
    }

    /**
     * {@code page} with the {@code @font-face} rule of its CJK characters put at the start of its first
     * {@code <style>} element; {@code page} itself when it has none or no style element.
     */
    public static String embed(String page) {
        int style = page.indexOf("<style>");
        String rule = fontFace(page);
        if (style < 0 || rule.isEmpty()) {
            return page;
        }
        int at = style + "<style>".length();
        return page.substring(0, at) + "\n" + rule + page.substring(at);
    }

    /**
     * A standalone SVG document {@code svg} with the {@code @font-face} rule of its CJK characters in a
     * {@code <style>} element right after its {@code <svg>} tag; {@code svg} itself when it has none.
     */
    public static String embedInSvg(String svg) {
        int open = svg.indexOf("<svg");
        int at = open < 0 ? -1 : svg.indexOf('>', open);
        String rule = fontFace(svg);
        if (at < 0 || rule.isEmpty()) {
            return svg;
        }
        return svg.substring(0, at + 1) + "<style>" + rule + "</style>" + svg.substring(at + 1);
    }

    /** The {@code @font-face} rule for the characters of {@code text} the CJK font draws, or "" for none. */
    public static String fontFace(CharSequence text) {
        TreeSet<Integer> chars = new TreeSet<>();
        text.codePoints().filter(cp -> cp > 0x7F && PictureFont.cjk().canDisplay(cp)).forEach(chars::add);
        if (chars.isEmpty()) {
            return "";
        }
        return "@font-face { font-family: '" + PictureFont.CJK_FAMILY + "'; src: url(data:font/ttf;base64,"
                + Base64.getEncoder().encodeToString(subset(chars)) + ") format('truetype'); }\n";
    }

    /** The font cut down to {@code chars} (and the glyph every font must have first, .notdef). */
    static byte[] subset(TreeSet<Integer> chars) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Whole.BYTES))) {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            subsetter.addAll(chars);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut the font " + PictureFont.RESOURCE, e);
        }
    }

    /** The font file's bytes, read on first use. */
    private static final class Whole {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = PageFont.class.getResourceAsStream(PictureFont.RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font " + PictureFont.RESOURCE + " is missing from the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
