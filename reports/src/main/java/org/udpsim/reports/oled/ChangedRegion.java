package org.udpsim.reports.oled;

import org.udpsim.board.oled.Framebuffer;

/**
 * The rectangle of OLED pixels, in whole bytes of a row (8 pixels wide), in which one frame's bitmap differs from
 * the one before it: what an animated GIF's next frame needs to hold.
 *
 * @param x the first column, a multiple of 8
 * @param y the first row
 */
record ChangedRegion(int x, int y, int width, int height) {
    private static final ChangedRegion WHOLE = new ChangedRegion(0, 0, Framebuffer.WIDTH, Framebuffer.HEIGHT);
    /** What a frame that changes nothing holds: one pixel, the same as before. */
    private static final ChangedRegion NOTHING = new ChangedRegion(0, 0, 1, 1);

    /**
     * Where {@code next} differs from {@code before} (bitmaps of {@link Framebuffer#STRIDE} bytes a row); the whole
     * screen when there is no frame before.
     */
    static ChangedRegion between(byte[] before, byte[] next) {
        if (before == null) {
            return WHOLE;
        }
        int top = -1;
        int bottom = -1;
        int left = Framebuffer.STRIDE;
        int right = -1;
        for (int row = 0; row < Framebuffer.HEIGHT; row++) {
            int at = row * Framebuffer.STRIDE;
            for (int col = 0; col < Framebuffer.STRIDE; col++) {
                if (before[at + col] != next[at + col]) {
                    if (top < 0) {
                        top = row;
                    }
                    bottom = row;
                    left = Math.min(left, col);
                    right = Math.max(right, col);
                }
            }
        }
        if (top < 0) {
            return NOTHING;
        }
        return new ChangedRegion(left * 8, top, (right - left + 1) * 8, bottom - top + 1);
    }

    boolean isWhole() {
        return equals(WHOLE);
    }
}
