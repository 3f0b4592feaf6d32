package org.udpsim.reports.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.Locale;

/**
 * A ladder's time axis, stretched where events crowd: consecutive event times at least {@code minGap} apart on the
 * page, and otherwise as far apart as in time. Order is kept, so an arrow that overtakes another still crosses it;
 * the axis's numbers are the real times ({@link #format()}). A TCP handshake a millisecond long then stays readable
 * next to data sent a second later.
 */
final class TimeWarp {
    private final double[] times;
    private final double[] ys;

    /**
     * @param eventTimes the times to keep apart (any order, repeats allowed)
     * @param minGap the least distance on the page between two consecutive distinct times, in time units
     */
    TimeWarp(double[] eventTimes, double minGap) {
        double[] t = Arrays.stream(eventTimes).sorted().distinct().toArray();
        if (t.length == 0) {
            t = new double[] {0};
        }
        double[] y = new double[t.length];
        y[0] = t[0];
        for (int i = 1; i < t.length; i++) {
            y[i] = y[i - 1] + Math.max(t[i] - t[i - 1], minGap);
        }
        this.times = t;
        this.ys = y;
    }

    /** True if the warp changes anything. */
    boolean stretches() {
        return ys[ys.length - 1] - ys[0] > times[times.length - 1] - times[0] + 1e-12;
    }

    /** The page position of time {@code t}. */
    double y(double t) {
        return interpolate(t, times, ys);
    }

    /** The time at page position {@code y}. */
    double time(double y) {
        return interpolate(y, ys, times);
    }

    /** A number format for the axis: writes the real time of a page position. */
    NumberFormat format() {
        DecimalFormat fine = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        DecimalFormat coarse = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return new NumberFormat() {
            @Override
            public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
                double t = time(number);
                return (Math.abs(t) < 1 ? fine : coarse).format(t, out, pos);
            }

            @Override
            public StringBuffer format(long number, StringBuffer out, FieldPosition pos) {
                return format((double) number, out, pos);
            }

            @Override
            public Number parse(String source, ParsePosition pos) {
                return null;
            }
        };
    }

    private static double interpolate(double v, double[] from, double[] to) {
        int n = from.length;
        if (n == 1 || v <= from[0]) {
            return to[0] + (v - from[0]);
        }
        if (v >= from[n - 1]) {
            return to[n - 1] + (v - from[n - 1]);
        }
        int i = Arrays.binarySearch(from, v);
        if (i >= 0) {
            return to[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double f = (v - from[lo]) / (from[hi] - from[lo]);
        return to[lo] + f * (to[hi] - to[lo]);
    }
}
