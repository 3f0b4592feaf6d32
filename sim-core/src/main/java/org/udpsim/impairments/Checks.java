package org.udpsim.impairments;

/** Range checks shared by the parts of a {@link NetemSpec}; each failure names the option and the value given. */
final class Checks {
    private Checks() {
    }

    /** A share in percent: 0 to 100 inclusive. */
    static void percent(String option, double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new NetemException(option, option + " must be between 0% and 100%, was "
                    + (Double.isNaN(percent) ? "not a number" : NetemFormat.percent(percent)));
        }
    }

    /** A time in nanoseconds that must not be negative. */
    static void time(String option, long nanos) {
        if (nanos < 0) {
            throw new NetemException(option, option + " must not be negative, was " + NetemFormat.time(nanos));
        }
    }

    static void atLeast(String option, long min, long value) {
        if (value < min) {
            throw new NetemException(option, option + " must be at least " + min + ", was " + value);
        }
    }
}
