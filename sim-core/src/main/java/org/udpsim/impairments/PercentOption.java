package org.udpsim.impairments;

/** Writes the netem options of the form {@code NAME PERCENT [CORRELATION]}. */
final class PercentOption {
    private PercentOption() {
    }

    static String toNetem(String name, double percent, double correlationPercent) {
        if (percent == 0 && correlationPercent == 0) {
            return "";
        }
        String s = name + " " + NetemFormat.percent(percent);
        return correlationPercent == 0 ? s : s + " " + NetemFormat.percent(correlationPercent);
    }
}
