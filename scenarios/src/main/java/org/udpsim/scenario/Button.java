package org.udpsim.scenario;

/** The board's two buttons, {@code button_a} and {@code button_b}. */
public enum Button {
    A,
    B
}
