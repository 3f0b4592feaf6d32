package org.udpsim.board.oled;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a glyph sheet: a text file of glyphs that a person can read and edit.
 *
 * <p>Format: lines starting with {@code ;} and blank lines between glyphs are comments. Each glyph is a header line
 * {@code U+0041 6} (code point in hex, width in pixels) followed by exactly {@code height} rows of {@code width}
 * characters, {@code #} for ink and {@code .} for none.
 */
public final class GlyphSheet {
    private GlyphSheet() {
    }

    /** Loads a sheet from this package's resources. */
    public static Map<Integer, Glyph> load(String resourceName, int height) {
        try (InputStream in = GlyphSheet.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("glyph sheet " + resourceName + " is missing from the class path");
            }
            return parse(in, height, resourceName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read glyph sheet " + resourceName, e);
        }
    }

    /**
     * Parses a sheet of glyphs that are all {@code height} rows high.
     *
     * @throws IllegalArgumentException on a malformed sheet, naming the line
     */
    public static Map<Integer, Glyph> parse(InputStream in, int height, String name) throws IOException {
        Map<Integer, Glyph> glyphs = new TreeMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String header = line.strip();
            if (header.isEmpty() || header.startsWith(";")) {
                continue;
            }
            String[] parts = header.split("\\s+");
            if (parts.length != 2 || !parts[0].startsWith("U+")) {
                throw malformed(name, lineNo, "expected a header like 'U+0041 6', found '" + header + "'");
            }
            int codePoint;
            int width;
            try {
                codePoint = Integer.parseInt(parts[0].substring(2), 16);
                width = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw malformed(name, lineNo, "bad number in '" + header + "'");
            }
            int[] rows = new int[height];
            for (int r = 0; r < height; r++) {
                String row = reader.readLine();
                lineNo++;
                if (row == null || row.length() != width) {
                    throw malformed(name, lineNo, "glyph " + parts[0] + " needs " + height + " rows of " + width
                            + " characters");
                }
                int bits = 0;
                for (int c = 0; c < width; c++) {
                    char ch = row.charAt(c);
                    if (ch != '#' && ch != '.') {
                        throw malformed(name, lineNo, "only '#' and '.' may draw a glyph, found '" + ch + "'");
                    }
                    bits = (bits << 1) | (ch == '#' ? 1 : 0);
                }
                rows[r] = bits;
            }
            if (glyphs.put(codePoint, new Glyph(width, rows)) != null) {
                throw malformed(name, lineNo, "glyph " + parts[0] + " appears twice");
            }
        }
        return Collections.unmodifiableMap(glyphs);
    }

    private static IllegalArgumentException malformed(String name, int lineNo, String what) {
        return new IllegalArgumentException(name + " line " + lineNo + ": " + what);
    }
}
