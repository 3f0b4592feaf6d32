/**
 * Pictures and files made from a board's OLED frames: PNG pictures ({@link org.udpsim.reports.oled.OledPng}), an
 * animated GIF timed by simulated time ({@link org.udpsim.reports.oled.OledGif}), {@code frames.jsonl}
 * ({@link org.udpsim.reports.oled.FramesJsonl}), and all three at once ({@link org.udpsim.reports.oled.OledFilm}).
 * Each is a {@link org.udpsim.board.oled.FrameListener} that writes frames as they come, so a run of any length
 * holds one picture at a time. Everything here works with {@code java.awt.headless=true}.
 */
package org.udpsim.reports.oled;
