package org.udpsim.reports.oled;

/**
 * How an OLED frame looks as a picture: the colour of lit and dark pixels and the scale.
 *
 * @param litRgb  colour of a lit pixel, 0xRRGGBB
 * @param darkRgb colour of a dark pixel, 0xRRGGBB
 * @param scale   how many image pixels a side of an OLED pixel takes, 1 to 16
 */
public record OledLook(int litRgb, int darkRgb, int scale) {
    /** White pixels on black, each OLED pixel 4 × 4: a 512 × 256 picture. */
    public static final OledLook DEFAULT = new OledLook(0xFFFFFF, 0x000000, 4);

    public OledLook {
        if (scale < 1 || scale > 16) {
            throw new IllegalArgumentException("the scale must be 1 to 16, was " + scale);
        }
        if ((litRgb & ~0xFFFFFF) != 0 || (darkRgb & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("colours are 0xRRGGBB");
        }
    }
}
