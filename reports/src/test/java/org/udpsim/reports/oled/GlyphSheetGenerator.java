package org.udpsim.reports.oled;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.udpsim.board.oled.DispCharFont;

/**
 * Renders the DispChar glyph sheet of {@code org.udpsim.board.oled} from DejaVu Sans; run by hand, never by the
 * build.
 *
 * <p>Usage: {@code GlyphSheetGenerator <DejaVuSans.ttf> <dispchar-16.txt>}. Each printable ASCII character is drawn
 * at 13 px without anti-aliasing on a baseline at row 12, its ink centred in the board's width (squeezed sideways
 * when wider), and written as rows of {@code #} and {@code .}. The sheet in the resources was then touched up by
 * hand (its header names the redrawn glyphs); this program documents where it came from.
 */
public final class GlyphSheetGenerator {
    private static final int CANVAS = 64;
    private static final int ORIGIN = 24;

    private GlyphSheetGenerator() {
    }

    public static void main(String[] args) throws IOException, FontFormatException {
        Font sans = Font.createFont(Font.TRUETYPE_FONT, Path.of(args[0]).toFile());
        writeDispChar(sans.deriveFont(13f), Path.of(args[1]));
    }

    private static void writeDispChar(Font font, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("; udpsim DispChar 16: the printable ASCII glyphs of oled.DispChar, 16 rows, baseline at row 12.\n");
            w.write("; Rendered from DejaVu Sans 13 px and touched up; see FONT-LICENSE.txt. '#' is ink.\n");
            for (int c = 0x20; c < 0x7F; c++) {
                int width = DispCharFont.width(c);
                boolean[][] cell = render(font, c, width, 16, 12);
                write(w, c, width, cell);
            }
        }
    }

    /** Draws {@code c} so that its ink fits {@code width} columns, baseline at {@code baseline} of {@code height}. */
    private static boolean[][] render(Font font, int c, int width, int height, int baseline) {
        boolean[][] ink = draw(font, c, 1.0);
        int[] box = inkColumns(ink);
        if (box != null && box[1] - box[0] + 1 > width) {
            double scale = 1.0;
            do {
                scale *= 0.97;
                ink = draw(font, c, scale);
                box = inkColumns(ink);
            } while (box != null && box[1] - box[0] + 1 > width);
        }
        boolean[][] cell = new boolean[height][width];
        if (box == null) {
            return cell;
        }
        int inkWidth = box[1] - box[0] + 1;
        int shift = (width - inkWidth) / 2 - box[0];
        for (int r = 0; r < height; r++) {
            int y = ORIGIN - baseline + r;
            for (int col = 0; col < width; col++) {
                int x = col - shift;
                cell[r][col] = x >= 0 && x < CANVAS && ink[y][x];
            }
        }
        for (int y = 0; y < CANVAS; y++) {
            int r = y - ORIGIN + baseline;
            if (r < 0 || r >= height) {
                for (int x = 0; x < CANVAS; x++) {
                    if (ink[y][x]) {
                        System.err.printf("U+%04X '%c': ink outside the %d rows is cut%n", c, (char) c, height);
                        return cell;
                    }
                }
            }
        }
        return cell;
    }

    private static boolean[][] draw(Font font, int c, double scaleX) {
        BufferedImage img = new BufferedImage(CANVAS, CANVAS, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        g.setFont(font.deriveFont(AffineTransform.getScaleInstance(scaleX, 1.0)));
        g.drawString(String.valueOf((char) c), 8, ORIGIN);
        g.dispose();
        boolean[][] ink = new boolean[CANVAS][CANVAS];
        for (int y = 0; y < CANVAS; y++) {
            for (int x = 0; x < CANVAS; x++) {
                ink[y][x] = (img.getRGB(x, y) & 0xFFFFFF) != 0;
            }
        }
        return ink;
    }

    private static int[] inkColumns(boolean[][] ink) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (boolean[] row : ink) {
            for (int x = 0; x < row.length; x++) {
                if (row[x]) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
            }
        }
        return max < 0 ? null : new int[] {min, max};
    }

    private static void write(Writer w, int c, int width, boolean[][] cell) throws IOException {
        w.write(String.format("U+%04X %d%n", c, width));
        for (boolean[] row : cell) {
            StringBuilder sb = new StringBuilder(width);
            for (int col = 0; col < width; col++) {
                sb.append(row[col] ? '#' : '.');
            }
            w.write(sb.append('\n').toString());
        }
    }
}
