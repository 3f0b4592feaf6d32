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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.udpsim.reports.report.ReportException;

/**
 * A sweep's folder ({@code udpsim sweep}), read for its charts from {@code sweep.json} (format 1): what was varied
 * ({@code variations}: a scenario path and its values, such as {@code impairments.0.loss} = {@code 0%, 5%, …}) and
 * a row per point and protocol with n, mean, sd and 95 % confidence interval of each figure.
 *
 * <p>The first variation is the charts' x axis; when a sweep varies more than one value, each combination of the
 * others is a series of its own, named after its values.
 */
public final class SweepFolder {
    /** The format of {@code sweep.json} this reads. */
    public static final int FORMAT = 1;
    /** The figures a sweep reports, in chart order. */
    public static final List<String> FIGURES = List.of("delivered_share", "in_order_share", "first_delivery_ms",
            "delay_ms");
    private static final Pattern NUMBER = Pattern.compile("\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*(\\S*)\\s*");

    private SweepFolder() {
    }

    /**
     * What a sweep folder holds for its charts.
     *
     * @param scenario the scenario's title
     * @param varied the path of the value on the x axis, e.g. {@code impairments.0.loss}
     * @param unit the unit its values were written in ({@code %}, {@code ms}), empty if none
     * @param figures each figure's points, by figure in {@link #FIGURES} order, figures with no point left out
     */
    public record Sweep(String scenario, String varied, String unit, Map<String, List<SweepPoint>> figures) {
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
                    + ", reports read " + FORMAT + ")");
        }
        JsonNode variations = root.path("variations");
        if (!variations.isArray() || variations.isEmpty()) {
            throw new ReportException(file + " names no varied value");
        }
        String varied = variations.get(0).path("path").asText();
        String unit = "";
        Map<String, List<SweepPoint>> figures = new LinkedHashMap<>();
        for (String f : FIGURES) {
            figures.put(f, new ArrayList<>());
        }
        for (JsonNode row : root.path("rows")) {
            JsonNode values = row.path("values");
            Matcher m = NUMBER.matcher(values.path(0).asText());
            if (!m.matches()) {
                throw new ReportException(file + ": the value '" + values.path(0).asText() + "' of " + varied
                        + " is not a number");
            }
            double x = Double.parseDouble(m.group(1));
            unit = m.group(2);
            StringBuilder series = new StringBuilder(row.path("protocol").asText().toLowerCase(Locale.ROOT));
            for (int i = 1; i < values.size(); i++) {
                series.append(i == 1 ? " " : ", ").append(variations.path(i).path("path").asText()).append('=')
                        .append(values.get(i).asText());
            }
            for (String f : FIGURES) {
                JsonNode s = row.path(f);
                if (s.path("mean").isNumber()) {
                    double scale = f.endsWith("_share") ? 100 : 1;
                    double mean = s.get("mean").asDouble();
                    // one replication has no interval: the band is then the mean alone
                    double low = s.path("ci95_low").isNumber() ? s.get("ci95_low").asDouble() : mean;
                    double high = s.path("ci95_high").isNumber() ? s.get("ci95_high").asDouble() : mean;
                    figures.get(f).add(new SweepPoint(x, series.toString(), mean * scale, Math.min(low, mean) * scale,
                            Math.max(high, mean) * scale));
                }
            }
        }
        figures.values().removeIf(List::isEmpty);
        if (figures.isEmpty()) {
            throw new ReportException(file + " has no row with a figure");
        }
        return new Sweep(root.path("scenario").asText(), varied, unit, figures);
    }
}
