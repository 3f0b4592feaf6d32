package org.udpsim.reports.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.udpsim.reports.text.ReportException;

/**
 * A sweep's folder ({@code udpsim sweep}), read for its report from {@code sweep.json} (format 2): the scenario,
 * what was varied ({@code variations}: a scenario path, the numbers it took and the values they were written as,
 * with {@code about}, the facts the page puts in words), the seeds and replications, the interval's method, the
 * command that reproduces the sweep, and a row per point and protocol with n, mean, sd and the 95 % interval of the
 * mean ({@code ci95_low}, {@code ci95_high}: a percentile bootstrap, which stays within the values measured) of
 * each figure.
 *
 * <p>The first variation is the charts' x axis; when a sweep varies more than one value, each combination of the
 * others is a series of its own, named after its values.
 */
public final class SweepFolder {
    /** The format of {@code sweep.json} this reads. */
    public static final int FORMAT = 2;
    /** The figures a sweep reports, in chart order. */
    public static final List<String> FIGURES = List.of("delivered_share", "in_order_share", "first_delivery_ms",
            "delay_ms");

    private SweepFolder() {
    }

    /**
     * One value a sweep varied.
     *
     * @param path the scenario path, e.g. {@code impairments.0.loss}
     * @param template the text of a value, {@code {}} where the number goes ({@code {}%}, {@code loss {}% delay 20ms})
     * @param unit the unit of its numbers ({@code %}, {@code ms}), empty if none
     * @param integer true if every number is whole (the axis then has whole-number ticks)
     * @param numbers the numbers it took, in order
     * @param values the values the path was set to ({@code 5%}, {@code loss 5% delay 20ms})
     * @param about what the path is in the scenario, as facts (see the sweep's {@code Varied}); {@code kind}
     *        {@code path} if nothing is known
     */
    public record Varied(String path, String template, String unit, boolean integer, List<Double> numbers, List<String> values,
            Map<String, String> about) {
        public Varied {
            numbers = List.copyOf(numbers);
            values = List.copyOf(values);
            about = Map.copyOf(about);
            if (numbers.size() != values.size() || numbers.isEmpty()) {
                throw new IllegalArgumentException("a variation needs as many numbers as values, and one at least");
            }
        }

        /** The number the value {@code value} was written from. */
        double number(String value) {
            int i = values.indexOf(value);
            if (i < 0) {
                throw new ReportException("sweep.json: the value '" + value + "' is not one of " + path + "'s");
            }
            return numbers.get(i);
        }
    }

    /**
     * A figure of a row: over how many runs, their mean and the interval of the mean, in the figure's own unit
     * (shares between 0 and 1). The mean is NaN when no run had the figure; the interval is NaN with fewer than two.
     */
    public record Stat(long n, double mean, double low, double high) {
    }

    /** A row: a point's values (one per variation), a protocol, and each figure's stat. */
    public record Row(List<String> values, String protocol, Map<String, Stat> stats) {
        public Row {
            values = List.copyOf(values);
            stats = Map.copyOf(stats);
        }
    }

    /**
     * What a sweep folder holds for its report.
     *
     * @param scenario the scenario's title
     * @param description the scenario's description, empty if none
     * @param folder the folder's name, for the reproducing command's {@code --out}
     * @param command the command that reproduces the sweep, without {@code --out}
     * @param seed the first seed: replication r ran with {@code seed + r}
     * @param replications runs per point
     * @param method the interval's method, e.g. {@code percentile bootstrap of the mean}
     * @param resamples how many resamples the intervals are made of
     * @param level the intervals' level, e.g. 0.95
     * @param variations what was varied, the x axis first
     * @param figures each figure's points, by figure in {@link #FIGURES} order, figures with no point left out
     * @param rows every row, in the file's order (by point, then protocol)
     */
    public record Sweep(String scenario, String description, String folder, String command, long seed,
            int replications, String method, int resamples, double level, List<Varied> variations,
            Map<String, List<SweepPoint>> figures, List<Row> rows) {
        public Sweep {
            Objects.requireNonNull(scenario, "scenario");
            variations = List.copyOf(variations);
            rows = List.copyOf(rows);
        }

        /** The path of the value on the x axis, e.g. {@code impairments.0.loss}. */
        public String varied() {
            return variations.get(0).path();
        }

        /** The unit of the x axis's values, empty if none. */
        public String unit() {
            return variations.get(0).unit();
        }
    }

    /** True if {@code dir} holds a sweep ({@code sweep.json}). */
    public static boolean isSweep(Path dir) {
        return Files.isRegularFile(dir.resolve("sweep.json"));
    }

    /** Reads the sweep in {@code dir}. */
    public static Sweep read(Path dir) throws IOException {
        Path file = dir.resolve("sweep.json");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ReportException(file + " is not JSON");
        }
        int format = root.path("format").asInt(0);
        if (format != FORMAT) {
            throw new ReportException(dir + " was written by another udpsim (sweep.json format " + format
                    + ", reports read " + FORMAT + "): run its sweep again");
        }
        JsonNode vs = root.path("variations");
        if (!vs.isArray() || vs.isEmpty()) {
            throw new ReportException(file + " names no varied value");
        }
        List<Varied> variations = new ArrayList<>();
        for (JsonNode v : vs) {
            List<Double> numbers = new ArrayList<>();
            for (JsonNode x : v.path("numbers")) {
                if (!x.isNumber()) {
                    throw new ReportException(file + ": a number of " + v.path("path").asText() + " is '"
                            + x.asText() + "'");
                }
                numbers.add(x.asDouble());
            }
            List<String> values = new ArrayList<>();
            v.path("values").forEach(x -> values.add(x.asText()));
            Map<String, String> about = new LinkedHashMap<>();
            v.path("about").fields().forEachRemaining(e -> about.put(e.getKey(), e.getValue().asText()));
            about.putIfAbsent("kind", "path");
            try {
                variations.add(new Varied(v.path("path").asText(), v.path("template").asText("{}"),
                        v.path("unit").asText(""),
                        v.path("integer").asBoolean(false), numbers, values, about));
            } catch (IllegalArgumentException e) {
                throw new ReportException(file + ": " + v.path("path").asText() + ": " + e.getMessage());
            }
        }
        Map<String, List<SweepPoint>> figures = new LinkedHashMap<>();
        for (String f : FIGURES) {
            figures.put(f, new ArrayList<>());
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode row : root.path("rows")) {
            List<String> values = new ArrayList<>();
            row.path("values").forEach(x -> values.add(x.asText()));
            if (values.size() != variations.size()) {
                throw new ReportException(file + ": a row has " + values.size() + " values for "
                        + variations.size() + " variations");
            }
            double x = variations.get(0).number(values.get(0));
            String protocol = row.path("protocol").asText().toLowerCase(Locale.ROOT);
            StringBuilder series = new StringBuilder(protocol);
            for (int i = 1; i < values.size(); i++) {
                series.append(i == 1 ? " " : ", ").append(variations.get(i).path()).append('=').append(values.get(i));
            }
            Map<String, Stat> stats = new LinkedHashMap<>();
            for (String f : FIGURES) {
                JsonNode s = row.path(f);
                if (s.isMissingNode()) {
                    continue;
                }
                double mean = number(s.path("mean"));
                stats.put(f, new Stat(s.path("n").asLong(0), mean, number(s.path("ci95_low")),
                        number(s.path("ci95_high"))));
                if (!Double.isNaN(mean)) {
                    double scale = f.endsWith("_share") ? 100 : 1;
                    // one replication has no interval: the band is then the mean alone
                    double low = s.path("ci95_low").isNumber() ? s.get("ci95_low").asDouble() : mean;
                    double high = s.path("ci95_high").isNumber() ? s.get("ci95_high").asDouble() : mean;
                    figures.get(f).add(new SweepPoint(x, series.toString(), mean * scale, Math.min(low, mean) * scale,
                            Math.max(high, mean) * scale));
                }
            }
            rows.add(new Row(values, protocol, stats));
        }
        figures.values().removeIf(List::isEmpty);
        if (figures.isEmpty()) {
            throw new ReportException(file + " has no row with a figure");
        }
        JsonNode interval = root.path("interval");
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return new Sweep(root.path("scenario").asText(), root.path("description").asText(""),
                name == null ? "sweep" : name.toString(), root.path("command").asText(""), root.path("seed").asLong(),
                root.path("replications").asInt(), interval.path("method").asText(""),
                interval.path("resamples").asInt(0), interval.path("level").asDouble(root.path("confidence")
                .asDouble(0.95)), variations, figures, rows);
    }

    private static double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : Double.NaN;
    }
}
