package org.udpsim.reports.sweep;

import java.util.Objects;

/**
 * One measure at one point of a sweep, over its replications: the mean and its 95 % interval (a percentile
 * bootstrap of the mean, made when the sweep was written: see {@code sweep.json}'s {@code interval}).
 *
 * @param point the swept value, e.g. the loss rate in percent
 * @param protocol the series: {@code udp} or {@code tcp}, followed by the other variations' values if any
 * @param mean the mean over the replications
 * @param ciLow the lower end of the 95 % interval
 * @param ciHigh the upper end
 */
public record SweepPoint(double point, String protocol, double mean, double ciLow, double ciHigh) {
    public SweepPoint {
        Objects.requireNonNull(protocol, "protocol");
        if (Double.isNaN(point) || Double.isNaN(mean)) {
            throw new IllegalArgumentException("a sweep point needs a point and a mean");
        }
        if (!(ciLow <= mean && mean <= ciHigh)) {
            throw new IllegalArgumentException("the interval [" + ciLow + ", " + ciHigh + "] must hold the mean "
                    + mean + " at " + protocol + " " + point);
        }
    }
}
