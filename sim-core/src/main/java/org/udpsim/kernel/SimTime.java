package org.udpsim.kernel;

import java.util.Locale;

/** Simulated time is a {@code long} count of nanoseconds; these are its units and its printed form. */
public final class SimTime {
    public static final long NANOSECOND = 1L;
    public static final long MICROSECOND = 1_000L;
    public static final long MILLISECOND = 1_000_000L;
    public static final long SECOND = 1_000_000_000L;

    private SimTime() {
    }

    public static long micros(long us) {
        return Math.multiplyExact(us, MICROSECOND);
    }

    public static long millis(long ms) {
        return Math.multiplyExact(ms, MILLISECOND);
    }

    public static long seconds(long s) {
        return Math.multiplyExact(s, SECOND);
    }

    /** Seconds as a fraction, rounded to the nearest nanosecond. */
    public static long seconds(double s) {
        if (!(s >= 0) || s > Long.MAX_VALUE / (double) SECOND) {
            throw new IllegalArgumentException("time must be between 0 and 9.2e9 s, was " + s + " s");
        }
        return Math.round(s * SECOND);
    }

    /** The time in seconds with nine decimals, e.g. {@code 1.500000000}: fixed width, so traces diff cleanly. */
    public static String format(long nanos) {
        String sign = nanos < 0 ? "-" : "";
        long a = Math.abs(nanos);
        return String.format(Locale.ROOT, "%s%d.%09d", sign, a / SECOND, a % SECOND);
    }

    /** The time in milliseconds as a double, for statistics. */
    public static double toMillis(long nanos) {
        return nanos / (double) MILLISECOND;
    }
}
