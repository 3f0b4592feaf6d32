package org.udpsim.board;

import org.udpsim.kernel.Simulation;
import org.udpsim.trace.ButtonChanged;
import org.udpsim.trace.Trace;

/**
 * One of the board's buttons (A or B): pressed and released at scripted simulated times.
 * {@code is_pressed()} tells whether it is held now; {@code was_pressed()} whether it was pressed since the last
 * call, as MicroPython's button objects do. Each press and release is a {@link ButtonChanged} record.
 */
public final class Button {
    private final Simulation sim;
    private final Trace trace;
    private final String board;
    private final String name;
    private boolean down;
    private boolean pressedSinceAsked;

    Button(Simulation sim, Trace trace, String board, String name) {
        this.sim = sim;
        this.trace = trace;
        this.board = board;
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
            changed(true);
        });
        sim.scheduleAt(atNanos + holdNanos, () -> {
            down = false;
            changed(false);
        });
    }

    private void changed(boolean pressed) {
        if (trace.isOn()) {
            trace.emit(new ButtonChanged(sim.now(), board, name, pressed));
        }
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
