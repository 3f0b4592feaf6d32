package org.udpsim.board;

import org.udpsim.kernel.Simulation;

/**
 * One of the board's buttons (A or B): pressed and released at scripted simulated times.
 * {@code is_pressed()} tells whether it is held now; {@code was_pressed()} whether it was pressed since the last
 * call, as MicroPython's button objects do.
 */
public final class Button {
    private final Simulation sim;
    private final String name;
    private boolean down;
    private boolean pressedSinceAsked;

    Button(Simulation sim, String name) {
        this.sim = sim;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Scripts a press at {@code atNanos}, held for {@code holdNanos}. */
    public void scriptPress(long atNanos, long holdNanos) {
        if (holdNanos <= 0) {
            throw new IllegalArgumentException("button " + name + ": a press must be held for more than 0 s");
        }
        sim.scheduleAt(atNanos, () -> {
            down = true;
            pressedSinceAsked = true;
        });
        sim.scheduleAt(atNanos + holdNanos, () -> down = false);
    }

    public boolean is_pressed() {
        return down;
    }

    public boolean was_pressed() {
        boolean was = pressedSinceAsked;
        pressedSinceAsked = false;
        return was;
    }
}
