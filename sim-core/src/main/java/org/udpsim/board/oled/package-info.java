/**
 * The board's OLED: a 128 × 64 monochrome {@link org.udpsim.board.oled.Framebuffer} with the drawing methods of
 * the board's {@code framebuf}, {@code DispChar} with the board's proportional font layout, and
 * {@link org.udpsim.board.oled.Oled}, whose every {@code show()} becomes an immutable
 * {@link org.udpsim.board.oled.Frame} for a {@link org.udpsim.board.oled.FrameListener}.
 *
 * <p>A board runtime makes one {@code Oled} per board with the simulation's clock and a listener that streams
 * frames to files (see the reports module); tests read a frame's pixels and its texts directly.
 */
package org.udpsim.board.oled;
