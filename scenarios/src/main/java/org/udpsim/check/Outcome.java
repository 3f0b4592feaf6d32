package org.udpsim.check;

import org.udpsim.scenario.Expectation;

/**
 * How one teaching point fared.
 *
 * @param measured what was measured, in words (a value, or a mean with its interval)
 * @param bound what it had to be, in words
 */
public record Outcome(Expectation expectation, boolean passed, String measured, String bound) {
    /** The line {@code udpsim check} prints: PASS or FAIL, the name, the measured value, the bound. */
    public String line() {
        return (passed ? "PASS" : "FAIL") + "  " + expectation.name() + "  (measured " + measured + "; expected "
                + bound + ")";
    }
}
