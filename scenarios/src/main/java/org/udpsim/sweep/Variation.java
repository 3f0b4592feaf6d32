package org.udpsim.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parameter a sweep varies: a scenario path, the numbers it takes, and the text each number is written into.
 * Two ways to write one:
 *
 * <ul>
 *   <li>{@code PATH=FROM..TO:STEP}, for a value that is a number with its unit, e.g.
 *       {@code impairments.0.loss=0%..50%:5%} or {@code boards.pupils.count=1..30:1}. The unit of FROM (none,
 *       {@code %}, {@code ms}, {@code s}…) is kept on every value.</li>
 *   <li>{@code PATH=TEXT:FROM..TO:STEP}, where TEXT holds {@code {}} once, for a number inside a longer text such as
 *       a netem string: {@code impairments.0.netem=loss {}% delay 20ms:0..50:5} sets
 *       {@code loss 0% delay 20ms}, {@code loss 5% delay 20ms}, … The numbers take no unit; the unit is what TEXT
 *       writes right after {@code {}}. The range is the last {@code :FROM..TO:STEP}, so TEXT may hold colons.</li>
 * </ul>
 *
 * The numbers are computed exactly in decimal, so 0.1 steps do not drift.
 *
 * @param path the scenario path, as for {@code --set}
 * @param template the text of a value, {@code {}} where the number goes: {@code {}%} for the first form
 * @param numbers the numbers, in order, as plain decimals ({@code 0}, {@code 2.5})
 */
public record Variation(String path, String template, List<String> numbers) {
    /** Where a template's number goes. */
    public static final String HOLE = "{}";
    private static final String NUMBER = "([+-]?\\d+(?:\\.\\d+)?)";
    private static final String UNIT = "([a-zA-Z%µ]*)";
    private static final Pattern PLAIN = Pattern.compile("([^=\\s]+)=\\s*" + NUMBER + UNIT + "\\s*\\.\\.\\s*" + NUMBER
            + UNIT + "\\s*:\\s*(\\d+(?:\\.\\d+)?)" + UNIT + "\\s*");
    private static final Pattern TEMPLATE = Pattern.compile("([^=\\s]+)=(.*):\\s*" + NUMBER + "\\s*\\.\\.\\s*" + NUMBER
            + "\\s*:\\s*(\\d+(?:\\.\\d+)?)\\s*", Pattern.DOTALL);
    /** More points than this in one variation is surely a typo. */
    static final int MAX_VALUES = 10_000;
    private static final String EXAMPLES = "expected PATH=FROM..TO:STEP, e.g. impairments.0.loss=0%..50%:5%, or "
            + "PATH=TEXT:FROM..TO:STEP with {} in TEXT where the number goes, e.g. "
            + "'impairments.0.netem=loss {}% delay 20ms:0..50:5'";

    public Variation {
        Objects.requireNonNull(path, "path");
        if (!template.contains(HOLE)) {
            throw new IllegalArgumentException("a variation's template needs " + HOLE + ", was '" + template + "'");
        }
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("a variation needs at least one value");
        }
        numbers = List.copyOf(numbers);
    }

    /**
     * Parses {@code PATH=FROM..TO:STEP} or {@code PATH=TEXT:FROM..TO:STEP}.
     *
     * @throws IllegalArgumentException with a message that starts {@code --vary TEXT: } and says what is wrong
     */
    public static Variation parse(String text) {
        int eq = text.indexOf('=');
        String path = eq < 0 ? "" : text.substring(0, eq).strip();
        String value = eq < 0 ? "" : text.substring(eq + 1);
        if (path.isEmpty()) {
            throw wrong(text, "no PATH before '=': " + EXAMPLES);
        }
        if (value.contains(HOLE)) {
            Matcher m = TEMPLATE.matcher(text);
            if (!m.matches()) {
                throw wrong(text, "a TEXT with {} needs the range after it, TEXT:FROM..TO:STEP with plain numbers, "
                        + "e.g. 'impairments.0.netem=loss {}% delay 20ms:0..50:5'");
            }
            String template = m.group(2).strip();
            if (template.indexOf(HOLE) != template.lastIndexOf(HOLE)) {
                throw wrong(text, "TEXT holds {} more than once; one number is varied at a time (a second --vary "
                        + "varies another path)");
            }
            return new Variation(path, template, numbers(text, m.group(3), m.group(4), m.group(5)));
        }
        Matcher m = PLAIN.matcher(text);
        if (!m.matches() || isNetemText(path)) {
            if (isNetemText(path)) {
                throw wrong(text, path + " is a netem text: write it with {} where the number goes and the range "
                        + "after it, e.g. '" + path + "=loss {}% delay 20ms:0..50:5'");
            }
            throw wrong(text, EXAMPLES);
        }
        String unit = m.group(3);
        for (int g : new int[] {5, 7}) {
            if (!m.group(g).isEmpty() && !m.group(g).equals(unit)) {
                throw wrong(text, "FROM, TO and STEP must have the same unit, got '" + unit + "' and '" + m.group(g)
                        + "'");
            }
        }
        return new Variation(m.group(1), HOLE + unit, numbers(text, m.group(2), m.group(4), m.group(6)));
    }

    /** True if the value at {@code path} is netem text: an impairment's {@code netem} or an access point's radio. */
    static boolean isNetemText(String path) {
        return path.matches("impairments\\.\\d+\\.netem") || path.matches("network\\.access_points\\.[^.]+\\.radio");
    }

    private static List<String> numbers(String text, String fromText, String toText, String stepText) {
        BigDecimal from = new BigDecimal(fromText);
        BigDecimal to = new BigDecimal(toText);
        BigDecimal step = new BigDecimal(stepText);
        if (step.signum() <= 0) {
            throw wrong(text, "STEP must be more than 0");
        }
        if (to.compareTo(from) < 0) {
            throw wrong(text, "TO must not be below FROM");
        }
        List<String> numbers = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            if (numbers.size() == MAX_VALUES) {
                throw wrong(text, "more than " + MAX_VALUES + " values");
            }
            numbers.add(v.stripTrailingZeros().toPlainString());
        }
        return numbers;
    }

    private static IllegalArgumentException wrong(String text, String what) {
        return new IllegalArgumentException("--vary " + text + ": " + what);
    }

    /** The values the path is set to, in order: each number written into the template. */
    public List<String> values() {
        return numbers.stream().map(n -> template.replace(HOLE, n)).toList();
    }

    /** The unit of the numbers: what the template writes right after {@code {}} up to a space; empty if none. */
    public String unit() {
        String after = template.substring(template.indexOf(HOLE) + HOLE.length());
        int space = after.indexOf(' ');
        String unit = space < 0 ? after : after.substring(0, space);
        return unit.matches("[a-zA-Z%µ]*") ? unit : "";
    }

    /** True if every number is a whole number: the axis then has whole-number ticks. */
    public boolean integer() {
        return numbers.stream().allMatch(n -> !n.contains("."));
    }

    /** The variation as written: {@code PATH=v1,v2,...}. */
    @Override
    public String toString() {
        return path + "=" + String.join(",", values());
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
