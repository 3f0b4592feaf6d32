package org.udpsim.scenario;

import java.util.Objects;

/**
 * A scripted press of a board's button.
 *
 * @param button which button
 * @param atNanos when it goes down, from the start of the run
 * @param holdNanos how long it stays down, more than 0
 */
public record ButtonPress(Button button, long atNanos, long holdNanos) {
    public ButtonPress {
        Objects.requireNonNull(button, "button");
        if (atNanos < 0) {
            throw new IllegalArgumentException("a button press must be at 0s or later, was " + atNanos + " ns");
        }
        if (holdNanos <= 0) {
            throw new IllegalArgumentException("a button press must last more than 0, was " + holdNanos + " ns");
        }
    }
}
