package org.udpsim.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * One row of {@code sweep.csv}: a grid point and a protocol, with the mean, standard deviation and 95 % interval
 * of the mean of each figure over the replications, the interval a {@link Bootstrap percentile bootstrap} (which
 * stays within the values measured: a share within [0, 1], a time at 0 or above). Runs in which a figure had no
 * value (nothing was delivered) are left out of that figure, and {@code n} says how many counted.
 */
public record SweepRow(int point, List<String> values, String protocol, List<Stat> stats) {
    /** The confidence level of the intervals. */
    public static final double CONFIDENCE = 0.95;

    /** A figure over the replications; {@code ciLow} and {@code ciHigh} are NaN for fewer than 2 values. */
    public record Stat(String figure, long n, double mean, double sd, double ciLow, double ciHigh) {
    }

    /** The rows of a sweep from its items: by point, then protocol in {@link SweepRunner#PROTOCOLS} order. */
    public static List<SweepRow> of(List<List<String>> points, List<SweepItem> items) {
        Map<String, List<SweepItem>> groups = new TreeMap<>();
        for (SweepItem i : items) {
            groups.computeIfAbsent(key(i.point(), i.protocol()), k -> new ArrayList<>()).add(i);
        }
        List<SweepRow> rows = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            for (String protocol : SweepRunner.PROTOCOLS) {
                List<SweepItem> g = groups.get(key(p, protocol));
                if (g != null) {
                    rows.add(new SweepRow(p, points.get(p), protocol, stats(p, protocol, g)));
                }
            }
        }
        return rows;
    }

    /** The figures of one point and protocol; {@code group} in replication order. */
    private static List<Stat> stats(int point, String protocol, List<SweepItem> group) {
        List<Stat> out = new ArrayList<>();
        for (int f = 0; f < SweepItem.FIGURES.size(); f++) {
            SummaryStatistics s = new SummaryStatistics();
            double[] values = new double[group.size()];
            int n = 0;
            for (SweepItem i : group) {
                double v = i.figure(f);
                if (!Double.isNaN(v)) {
                    s.addValue(v);
                    values[n++] = v;
                }
            }
            double[] ci = Bootstrap.meanInterval(Arrays.copyOf(values, n), CONFIDENCE,
                    Bootstrap.seed(point, protocol, SweepItem.FIGURES.get(f)));
            out.add(new Stat(SweepItem.FIGURES.get(f), s.getN(), s.getN() == 0 ? Double.NaN : s.getMean(),
                    s.getN() < 2 ? Double.NaN : s.getStandardDeviation(), ci[0], ci[1]));
        }
        return out;
    }

    private static String key(int point, String protocol) {
        return String.format("%09d %s", point, protocol);
    }
}
