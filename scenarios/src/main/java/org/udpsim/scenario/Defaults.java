package org.udpsim.scenario;

import org.udpsim.kernel.SimTime;

/**
 * The value of every optional scenario setting that sim-core has no notion of, in one place: the run's seed, the
 * hosts' start, a button press's hold, a teaching point's replications. The network's defaults (an access point's
 * subnet, retries and radio, a link's rate, delay and queue, netem's limit) are sim-core's own, on
 * {@link org.udpsim.wifi.AccessPointConfig}, {@link org.udpsim.net.LinkConfig} and
 * {@link org.udpsim.impairments.NetemSpec}. The JSON Schema states the same defaults, and a test keeps them equal.
 * Program arguments have their defaults in {@link Program}'s table.
 */
public final class Defaults {
    /** {@code seed:} the run's random seed. */
    public static final long SEED = 1;
    /** {@code description:} none. */
    public static final String DESCRIPTION = "";

    /** A .py program's Python: the board's MicroPython 1.12, with what that refuses ({@code python: full} is not). */
    static final String PYTHON = "micropython";
    /** A board's or PC's {@code start:}, when its program starts: at once. */
    public static final long START_NANOS = 0;
    /** A button press's {@code hold:}, how long the button stays down. */
    public static final long BUTTON_HOLD_NANOS = 100 * SimTime.MILLISECOND;

    /** A teaching point's {@code replications:}: this run alone. */
    public static final int REPLICATIONS = 1;
    /** A teaching point's {@code confidence:}, as written in the schema. */
    public static final String CONFIDENCE = "95%";

    private Defaults() {
    }
}
