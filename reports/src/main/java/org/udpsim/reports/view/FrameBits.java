package org.udpsim.reports.view;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.udpsim.reports.oled.OledLook;

/**
 * An OLED frame's 128 × 64 pixels read back from its picture ({@code frame-NNNN.png}, drawn by
 * {@link org.udpsim.reports.oled.FrameImage} at some scale): 1024 bytes, a row after another, 16 bytes a row, the
 * leftmost pixel in the high bit, a set bit a lit pixel.
 */
final class FrameBits {
    static final int WIDTH = 128;
    static final int HEIGHT = 64;

    private FrameBits() {
    }

    /** The frame's pixels, or null if its picture is missing or not an OLED frame's. */
    static byte[] read(Path png) throws IOException {
        if (!Files.isRegularFile(png)) {
            return null;
        }
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null || image.getWidth() % WIDTH != 0 || image.getWidth() / WIDTH != image.getHeight() / HEIGHT
                || image.getHeight() % HEIGHT != 0) {
            return null;
        }
        int scale = image.getWidth() / WIDTH;
        int dark = OledLook.DEFAULT.darkRgb();
        byte[] bits = new byte[WIDTH * HEIGHT / 8];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if ((image.getRGB(x * scale, y * scale) & 0xFFFFFF) != dark) {
                    bits[y * (WIDTH / 8) + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return bits;
    }
}
