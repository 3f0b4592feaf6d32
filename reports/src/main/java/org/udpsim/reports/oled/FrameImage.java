package org.udpsim.reports.oled;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import org.udpsim.board.oled.Frame;
import org.udpsim.board.oled.Framebuffer;

/**
 * Draws frames into one reusable two-colour image (palette index 1 lit, 0 dark), scaled up without smoothing.
 * Each {@link #draw} overwrites the image of the previous one, so a long run needs one image, not one per frame.
 */
public final class FrameImage {
    private final OledLook look;
    private final BufferedImage image;
    private final byte[] pixels;
    /** For each byte of the frame, the {@code scale} bytes its 8 pixels become on a scaled row. */
    private final byte[][] expand;

    public FrameImage(OledLook look) {
        this.look = look;
        int s = look.scale();
        byte[] r = {(byte) (look.darkRgb() >> 16), (byte) (look.litRgb() >> 16)};
        byte[] g = {(byte) (look.darkRgb() >> 8), (byte) (look.litRgb() >> 8)};
        byte[] b = {(byte) look.darkRgb(), (byte) look.litRgb()};
        IndexColorModel palette = new IndexColorModel(1, 2, r, g, b);
        this.image = new BufferedImage(Framebuffer.WIDTH * s, Framebuffer.HEIGHT * s,
                BufferedImage.TYPE_BYTE_BINARY, palette);
        this.pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        this.expand = expansionTable(s);
    }

    /** The look frames are drawn in. */
    public OledLook look() {
        return look;
    }

    /** Width of the image in pixels: 128 × scale. */
    public int width() {
        return image.getWidth();
    }

    /** Height of the image in pixels: 64 × scale. */
    public int height() {
        return image.getHeight();
    }

    /** Draws {@code frame} and returns the image, which the next call overwrites. */
    public BufferedImage draw(Frame frame) {
        int s = look.scale();
        int rowBytes = Framebuffer.STRIDE * s;
        for (int y = 0; y < Framebuffer.HEIGHT; y++) {
            int out = y * s * rowBytes;
            for (int i = 0; i < Framebuffer.STRIDE; i++) {
                System.arraycopy(expand[frame.bitmapByte(y * Framebuffer.STRIDE + i)], 0, pixels, out + i * s, s);
            }
            for (int k = 1; k < s; k++) {
                System.arraycopy(pixels, out, pixels, out + k * rowBytes, rowBytes);
            }
        }
        return image;
    }

    private static byte[][] expansionTable(int s) {
        byte[][] table = new byte[256][s];
        for (int v = 0; v < 256; v++) {
            for (int bit = 0; bit < 8; bit++) {
                if ((v & (0x80 >> bit)) == 0) {
                    continue;
                }
                for (int k = 0; k < s; k++) {
                    int outBit = bit * s + k;
                    table[v][outBit / 8] |= (byte) (0x80 >> (outBit % 8));
                }
            }
        }
        return table;
    }
}
