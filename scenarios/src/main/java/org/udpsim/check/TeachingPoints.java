package org.udpsim.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.MapContext;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.udpsim.scenario.Expectation;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioProblem;
import org.udpsim.scenario.Shown;
import org.udpsim.scenario.Suggest;

/**
 * Evaluates a scenario's teaching points ({@code expect:}) with Apache Commons JEXL over a run's {@link RunFacts}.
 *
 * <p>Before anything runs, {@link #problems} evaluates every expression once over facts with no data: a syntax
 * error, an unknown figure, board, protocol or reason, or a condition that is not true/false is reported at the
 * expectation's place in the file.
 */
public final class TeachingPoints {
    /** Expressions may reach the facts (this package) and nothing else of the program: no files, no classes. */
    private static final JexlEngine JEXL = new JexlBuilder().strict(true).safe(false).silent(false).cache(256)
            .permissions(JexlPermissions.RESTRICTED.compose("org.udpsim.check.*"))
            .create();

    private TeachingPoints() {
    }

    /** What is wrong with the scenario's teaching points, before running anything; empty if nothing. */
    public static List<ScenarioProblem> problems(Scenario s) {
        List<ScenarioProblem> out = new ArrayList<>();
        RunFacts empty = new RunFacts(s.hostNames()).finish(Map.of());
        for (Expectation e : s.expectations()) {
            try {
                Object v = value(e, empty);
                if (e.that().isPresent() && !(v instanceof Boolean)) {
                    throw new IllegalArgumentException("'that' must be a condition (true or false), but it gives "
                            + describe(v) + "; to check a figure, write measure: and between:");
                }
                if (e.measure().isPresent() && !(v instanceof Number)) {
                    throw new IllegalArgumentException("'measure' must give a number, but it gives " + describe(v));
                }
            } catch (IllegalArgumentException ex) {
                out.add(new ScenarioProblem(e.position(), "teaching point '" + e.name() + "': "
                        + withDidYouMean(ex.getMessage())));
            }
        }
        return out;
    }

    /** The functions an expression calls without a prefix: the public methods of {@link RunFacts} it may use. */
    static final List<String> FUNCTIONS = List.of("flow", "messages", "board", "drops");
    /** JEXL's words for a function it does not know: {@code unsolvable function/method 'flw(String)'}. */
    private static final Pattern UNKNOWN_FUNCTION = Pattern.compile("unsolvable function/method '(\\w+)\\(");

    /** JEXL's message with "; did you mean 'flow'?" after a misspelt function, if one is close. */
    private static String withDidYouMean(String message) {
        Matcher m = UNKNOWN_FUNCTION.matcher(String.valueOf(message));
        return m.find() ? message + Suggest.didYouMean(m.group(1), FUNCTIONS) : message;
    }

    /** The value of the expectation's expression over {@code facts}. */
    public static Object value(Expectation e, RunFacts facts) {
        JexlExpression expr;
        try {
            expr = JEXL.createExpression(e.expression());
        } catch (JexlException ex) {
            throw new IllegalArgumentException("cannot read '" + Shown.value(e.expression(), Shown.LONGEST * 2) + "': " + jexlMessage(ex));
        }
        try {
            return expr.evaluate(new FactsContext(facts));
        } catch (JexlException ex) {
            throw new IllegalArgumentException(jexlMessage(ex));
        }
    }

    /** Judges a condition, or a figure of one run, against its bound. */
    public static Outcome judge(Expectation e, RunFacts facts) {
        Object v = value(e, facts);
        if (e.that().isPresent()) {
            return new Outcome(e, Boolean.TRUE.equals(v), figuresIn(e.that().get(), facts), e.that().get());
        }
        double x = ((Number) v).doubleValue();
        Expectation.Range r = e.between().get();
        return new Outcome(e, r.contains(x), format(x), e.measure().get() + " in " + range(r));
    }

    /** Judges a figure measured over several runs: the confidence interval of its mean must lie in the range. */
    public static Outcome judge(Expectation e, double[] values) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) {
            s.addValue(v);
        }
        double[] ci = confidenceInterval(s, e.confidence());
        Expectation.Range r = e.between().get();
        boolean pass = !Double.isNaN(ci[0]) && r.contains(ci[0]) && r.contains(ci[1]);
        String measured = String.format(Locale.ROOT, "mean %s, %s %% CI %s-%s over %d runs", format(s.getMean()),
                format(e.confidence() * 100), format(ci[0]), format(ci[1]), s.getN());
        return new Outcome(e, pass, measured, e.measure().get() + " in " + range(r));
    }

    /** The two-sided confidence interval of the mean by Student's t, as {low, high}. */
    public static double[] confidenceInterval(SummaryStatistics s, double level) {
        if (s.getN() < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double t = new TDistribution(s.getN() - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        double half = t * s.getStandardDeviation() / Math.sqrt(s.getN());
        return new double[] {s.getMean() - half, s.getMean() + half};
    }

    /** The context of an expression: its functions without a prefix, {@code flow(...)}, are the facts' methods. */
    private static final class FactsContext extends MapContext implements JexlContext.NamespaceResolver {
        private final RunFacts facts;

        FactsContext(RunFacts facts) {
            this.facts = facts;
        }

        @Override
        public Object resolveNamespace(String name) {
            return name == null || name.isEmpty() ? facts : null;
        }
    }

    private static String jexlMessage(JexlException ex) {
        Throwable t = ex;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t instanceof IllegalArgumentException) {
                return t.getMessage();
            }
        }
        // JEXL says "<class>.<method>:<line>@<line>:<column> what": keep the column and what
        Matcher m = Pattern.compile("^\\S*@\\d+:(\\d+)\\s+(.*)$", Pattern.DOTALL)
                .matcher(String.valueOf(ex.getMessage()));
        return m.matches() ? m.group(2) + " (at column " + m.group(1) + ")" : String.valueOf(ex.getMessage());
    }

    /** A figure named in an expression: {@code flow('udp').lost}, {@code board('s').printed('x')}, {@code drops('r')}. */
    private static final Pattern FIGURE = Pattern.compile(
            "(?:flow|board|messages)\\('[^']*'\\)\\.\\w+(?:\\('[^']*'(?:,\\s*[0-9.]+)?\\))?|drops\\('[^']*'\\)");

    /** The values of the figures a condition names, e.g. {@code flow('udp').lost = 57}, so a FAIL says why. */
    static String figuresIn(String condition, RunFacts facts) {
        Set<String> seen = new LinkedHashSet<>();
        Matcher m = FIGURE.matcher(condition);
        while (m.find()) {
            seen.add(m.group());
        }
        List<String> parts = new ArrayList<>();
        for (String figure : seen) {
            Object v = JEXL.createExpression(figure).evaluate(new FactsContext(facts));
            parts.add(figure + " = " + (v instanceof String str ? "'" + str + "'" : describe(v)));
        }
        return parts.isEmpty() ? "false" : String.join(", ", parts);
    }

    private static String describe(Object v) {
        return v instanceof Number n ? format(n.doubleValue()) : String.valueOf(v);
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "nothing (NaN)";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static String range(Expectation.Range r) {
        return "[" + format(r.low()) + ", " + format(r.high()) + "]";
    }
}
