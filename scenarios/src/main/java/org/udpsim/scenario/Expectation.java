package org.udpsim.scenario;

import java.util.Objects;
import java.util.Optional;

/**
 * A teaching point a run should show, in one of two forms:
 * <ul>
 *   <li>a condition that must hold in the run: {@code that: "flow('udp').first_delivery_ms < 50"};</li>
 *   <li>a figure that must lie in a range: {@code measure: "flow('udp').delivered_share"},
 *       {@code between: [0.75, 0.85]}; over {@code replications} runs with other seeds, the confidence interval of
 *       its mean at {@code confidence} must lie inside the range.</li>
 * </ul>
 *
 * @param name what it shows, in the teacher's words
 * @param that the condition, for the first form
 * @param measure the figure, for the second form
 * @param between the range of the second form
 * @param replications how many runs (1: this run alone, no interval)
 * @param confidence the confidence level of the interval, e.g. 0.95
 * @param position where it is written, for messages about it
 */
public record Expectation(String name, Optional<String> that, Optional<String> measure, Optional<Range> between,
        int replications, double confidence, SourcePosition position) {
    /** The default confidence level of an interval. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    /** A closed range of numbers. */
    public record Range(double low, double high) {
        public Range {
            if (!(low <= high)) {
                throw new IllegalArgumentException("a range needs low <= high, got [" + low + ", " + high + "]");
            }
        }

        public boolean contains(double v) {
            return v >= low && v <= high;
        }
    }

    public Expectation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(that, "that");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(between, "between");
        Objects.requireNonNull(position, "position");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an expectation needs a name");
        }
        if (that.isPresent() == measure.isPresent()) {
            throw new IllegalArgumentException("an expectation has either 'that' or 'measure'");
        }
        if (measure.isPresent() != between.isPresent()) {
            throw new IllegalArgumentException("'measure' and 'between' go together");
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, was " + replications);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 100 %, was " + confidence);
        }
    }

    /** A condition checked on the run itself. */
    public static Expectation condition(String name, String that, SourcePosition position) {
        return new Expectation(name, Optional.of(that), Optional.empty(), Optional.empty(), 1, DEFAULT_CONFIDENCE,
                position);
    }

    /** True if the expectation is checked over several runs with a confidence interval. */
    public boolean isStatistical() {
        return replications > 1;
    }

    /** The expression the expectation evaluates: its condition or its figure. */
    public String expression() {
        return that.orElseGet(measure::get);
    }
}
