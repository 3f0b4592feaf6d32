package org.udpsim.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parameter a sweep varies: a scenario path and the values it takes, written {@code PATH=FROM..TO:STEP}, e.g.
 * {@code impairments.0.loss=0%..50%:5%}. The unit of FROM (none, {@code %}, {@code ms}, {@code s}…) is kept on
 * every value; the values are computed exactly in decimal, so 0.1 steps do not drift.
 */
public record Variation(String path, List<String> values) {
    private static final Pattern SPEC = Pattern.compile(
            "([^=\\s]+)=\\s*([+-]?\\d+(?:\\.\\d+)?)([a-zA-Z%µ]*)\\s*\\.\\.\\s*([+-]?\\d+(?:\\.\\d+)?)([a-zA-Z%µ]*)"
                    + "\\s*:\\s*(\\d+(?:\\.\\d+)?)([a-zA-Z%µ]*)\\s*");
    /** More points than this in one variation is surely a typo. */
    static final int MAX_VALUES = 10_000;

    public Variation {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a variation needs at least one value");
        }
        values = List.copyOf(values);
    }

    /**
     * Parses {@code PATH=FROM..TO:STEP}.
     *
     * @throws IllegalArgumentException with a message naming what is wrong and the text given
     */
    public static Variation parse(String text) {
        Matcher m = SPEC.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("--vary " + text + ": expected PATH=FROM..TO:STEP, e.g. "
                    + "impairments.0.loss=0%..50%:5%");
        }
        String unit = m.group(3);
        for (int g : new int[] {5, 7}) {
            if (!m.group(g).isEmpty() && !m.group(g).equals(unit)) {
                throw new IllegalArgumentException("--vary " + text + ": FROM, TO and STEP must have the same unit, got '"
                        + unit + "' and '" + m.group(g) + "'");
            }
        }
        BigDecimal from = new BigDecimal(m.group(2));
        BigDecimal to = new BigDecimal(m.group(4));
        BigDecimal step = new BigDecimal(m.group(6));
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("--vary " + text + ": STEP must be more than 0");
        }
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("--vary " + text + ": TO must not be below FROM");
        }
        List<String> values = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            if (values.size() == MAX_VALUES) {
                throw new IllegalArgumentException("--vary " + text + ": more than " + MAX_VALUES + " values");
            }
            values.add(v.stripTrailingZeros().toPlainString() + unit);
        }
        return new Variation(m.group(1), values);
    }

    /** The variation as written: {@code PATH=v1,v2,...}. */
    @Override
    public String toString() {
        return path + "=" + String.join(",", values);
    }

    /** Every combination of the variations' values, the first variation changing slowest. */
    public static List<List<String>> grid(List<Variation> variations) {
        List<List<String>> points = new ArrayList<>();
        points.add(List.of());
        for (Variation v : variations) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> p : points) {
                for (String value : v.values()) {
                    List<String> q = new ArrayList<>(p);
                    q.add(value);
                    next.add(List.copyOf(q));
                }
            }
            points = next;
        }
        return points;
    }
}
