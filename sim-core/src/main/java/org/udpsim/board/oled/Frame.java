package org.udpsim.board.oled;

import java.util.List;

/**
 * One frame: what the OLED showed after an {@code oled.show()}, when, and which texts were on it. Immutable.
 *
 * <p>The texts are those drawn since the last {@code fill}, in drawing order, less those a later {@code fill_rect}
 * or opaque DispChar covered completely; a text only partly covered stays listed whole.
 */
public final class Frame {
    private final long index;
    private final long time;
    private final byte[] bits;
    private final List<DrawnText> texts;

    /**
     * A frame.
     *
     * @param index the frame's number on its OLED, from 0
     * @param time  the simulated time of the {@code show()}, in ns
     * @param bits  {@value Framebuffer#BYTES} bytes in {@link Framebuffer#toBytes()} order; copied
     * @param texts the texts on the frame; copied
     */
    public Frame(long index, long time, byte[] bits, List<DrawnText> texts) {
        if (bits.length != Framebuffer.BYTES) {
            throw new IllegalArgumentException("a frame has " + Framebuffer.BYTES + " bytes, not " + bits.length);
        }
        this.index = index;
        this.time = time;
        this.bits = bits.clone();
        this.texts = List.copyOf(texts);
    }

    /** The frame's number on its OLED, from 0. */
    public long index() {
        return index;
    }

    /** The simulated time of the {@code show()}, in ns. */
    public long time() {
        return time;
    }

    /** 1 when the pixel is lit, else 0 (also off the screen). */
    public int pixel(int x, int y) {
        if (!Framebuffer.contains(x, y)) {
            return 0;
        }
        return (bits[y * Framebuffer.STRIDE + (x >> 3)] >> (7 - (x & 7))) & 1;
    }

    /** A copy of the bitmap: row by row, 16 bytes a row, the leftmost pixel in each byte's highest bit. */
    public byte[] bitmap() {
        return bits.clone();
    }

    /** One byte of the bitmap, 0–255, without copying it. */
    public int bitmapByte(int i) {
        return bits[i] & 0xFF;
    }

    /** The texts on the frame, in drawing order. */
    public List<DrawnText> texts() {
        return texts;
    }

    /** The visible text lines, top to bottom (see {@link Oled#lastText()}). */
    public List<String> textLines() {
        return ScreenText.lines(texts);
    }

    @Override
    public String toString() {
        return "Frame " + index + " at " + time + " ns " + textLines();
    }
}
