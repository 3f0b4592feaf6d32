package org.udpsim.board;

import org.udpsim.kernel.SimTime;

/**
 * What a board's runtime costs in simulated time, where the firmware gives no exact figure (the "[est]" values of
 * BOARD-FACTS.md): each is a parameter with this one default.
 *
 * @param oledShowNanos how long {@code oled.show()} blocks the program while the frame goes to the display
 *     (about 25 ms)
 * @param connectTimeoutSeconds the default {@code timeout} of {@code connectWiFi}
 */
public record BoardConfig(long oledShowNanos, int connectTimeoutSeconds) {
    public static final BoardConfig DEFAULT = new BoardConfig(SimTime.millis(25), 10);

    public BoardConfig {
        if (oledShowNanos < 0) {
            throw new IllegalArgumentException("oled show time must not be negative, was " + oledShowNanos + " ns");
        }
        if (connectTimeoutSeconds < 0) {
            throw new IllegalArgumentException("connectWiFi timeout must not be negative, was " + connectTimeoutSeconds);
        }
    }
}
