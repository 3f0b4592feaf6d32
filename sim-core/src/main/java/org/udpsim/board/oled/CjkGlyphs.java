package org.udpsim.board.oled;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The CJK glyphs of {@code oled.DispChar}: bitmaps {@value DispCharFont#WIDE} × {@value DispCharFont#HEIGHT} from the
 * resource {@code dispchar-cjk-16.txt.gz}, a subset of WenQuanYi Bitmap Song 12 px (see
 * {@code CJK-FONT-LICENSE.txt}) holding every wide character of GB2312 and the CJK characters of the project.
 *
 * <p>The resource is read once, on the first {@link #glyph} call, so that a run that draws only Latin text never
 * reads it.
 *
 * <p>Format (after gunzip): lines starting with {@code ;} are comments; every other line is a code point in hex,
 * a space and {@value DispCharFont#HEIGHT} rows of three hex digits, top row first, the leftmost column in bit 10.
 */
final class CjkGlyphs {
    static final String RESOURCE = "dispchar-cjk-16.txt.gz";

    private CjkGlyphs() {
    }

    /** The font's glyph for {@code codePoint}, or null when the font lacks it. */
    static Glyph glyph(int codePoint) {
        int i = Arrays.binarySearch(Table.CODE_POINTS, codePoint);
        return i >= 0 ? Table.GLYPHS[i] : null;
    }

    /** How many glyphs the font holds. */
    static int size() {
        return Table.CODE_POINTS.length;
    }

    /** The code points of the font, read on first use. */
    private static final class Table {
        static final int[] CODE_POINTS;
        static final Glyph[] GLYPHS;

        static {
            List<Integer> codePoints = new ArrayList<>();
            List<Glyph> glyphs = new ArrayList<>();
            read(codePoints, glyphs);
            CODE_POINTS = codePoints.stream().mapToInt(Integer::intValue).toArray();
            GLYPHS = glyphs.toArray(Glyph[]::new);
        }
    }

    private static void read(List<Integer> codePoints, List<Glyph> glyphs) {
        try (InputStream raw = CjkGlyphs.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("glyph file " + RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            int lineNo = 0;
            int previous = -1;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.startsWith(";")) {
                    continue;
                }
                int codePoint = parse(line, lineNo, previous, glyphs);
                codePoints.add(codePoint);
                previous = codePoint;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read glyph file " + RESOURCE, e);
        }
    }

    /** Parses one glyph line, adds its glyph and returns its code point; code points must ascend. */
    private static int parse(String line, int lineNo, int previous, List<Glyph> glyphs) {
        int space = line.indexOf(' ');
        int h = DispCharFont.HEIGHT;
        if (space < 1 || line.length() != space + 1 + 3 * h) {
            throw malformed(lineNo, "expected a code point and " + h + " rows of 3 hex digits");
        }
        try {
            int codePoint = Integer.parseInt(line, 0, space, 16);
            if (codePoint <= previous) {
                throw malformed(lineNo, "code points must ascend");
            }
            int[] rows = new int[h];
            for (int r = 0; r < h; r++) {
                int at = space + 1 + 3 * r;
                rows[r] = Integer.parseInt(line, at, at + 3, 16);
            }
            glyphs.add(new Glyph(DispCharFont.WIDE, rows));
            return codePoint;
        } catch (NumberFormatException e) {
            throw malformed(lineNo, "bad hex number");
        } catch (IllegalArgumentException e) {
            throw malformed(lineNo, e.getMessage());
        }
    }

    private static IllegalStateException malformed(int lineNo, String what) {
        return new IllegalStateException(RESOURCE + " line " + lineNo + ": " + what);
    }
}
