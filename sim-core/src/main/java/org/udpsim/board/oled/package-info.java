/**
 * The board's OLED: a 128 × 64 monochrome {@link org.udpsim.board.oled.Framebuffer} with the drawing methods of
 * the board's {@code framebuf}, {@code DispChar} with the board's proportional font layout, and
 * {@link org.udpsim.board.oled.Oled}, whose every {@code show()} becomes an immutable
 * {@link org.udpsim.board.oled.Frame} for a {@link org.udpsim.board.oled.FrameListener}.
 *
 * <p>A board runtime makes one {@code Oled} per board with the simulation's clock and a listener that streams
 * frames to files (see the reports module); tests read a frame's pixels and its texts directly.
 *
 * <p>Fonts: {@code DispChar} draws ASCII from a DejaVu Sans rendering and CJK ideographs and full-width
 * characters from WenQuanYi Bitmap Song 12 px, whose 11-pixel ideographs fit the board's 11-pixel cell unscaled
 * (GNU Unifont's 16-pixel ideographs would not); a character neither font has is a hollow box of the width the
 * board's table gives it. {@link org.udpsim.board.oled.DispCharFont} says why and what each covers; the licences
 * are in {@code FONT-LICENSE.txt} and {@code CJK-FONT-LICENSE.txt} beside the resources.
 */
package org.udpsim.board.oled;
