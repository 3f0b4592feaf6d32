package org.udpsim.reports.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.udpsim.reports.report.ReportException;

/**
 * A sweep's folder, read for its charts. Provisional: the sweep feature that writes {@code sweep.csv} is still to
 * come, and this reader assumes its columns: {@code protocol}, {@code loss} (the loss rate in percent), and for
 * each measure {@code M} of {@link #MEASURES} the columns {@code M_mean}, {@code M_ci_low}, {@code M_ci_high}; one
 * row per loss point and protocol. Shares written as fractions (at most 1) are shown in percent.
 */
public final class SweepFolder {
    /** The measures a sweep reports, as their column prefixes. */
    public static final List<String> MEASURES = List.of("delivered_share", "in_order_share", "delay_ms",
            "first_delivery_ms");

    private SweepFolder() {
    }

    /** True if {@code dir} holds a sweep ({@code sweep.json} or {@code sweep.csv}). */
    public static boolean isSweep(Path dir) {
        return Files.isRegularFile(dir.resolve("sweep.csv")) || Files.isRegularFile(dir.resolve("sweep.json"));
    }

    /** The points of every measure found in {@code dir/sweep.csv}, by measure in {@link #MEASURES} order. */
    public static Map<String, List<SweepPoint>> read(Path dir) throws IOException {
        Path csv = dir.resolve("sweep.csv");
        if (!Files.isRegularFile(csv)) {
            throw new ReportException(dir + ": sweep reports read sweep.csv, and this sweep folder has none");
        }
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new ReportException(csv + " is empty");
            }
            List<String> cols = Arrays.asList(header.trim().split("\\s*,\\s*"));
            int protocol = column(cols, "protocol", csv);
            int loss = column(cols, "loss", csv);
            Map<String, List<SweepPoint>> out = new LinkedHashMap<>();
            List<String[]> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.trim().split("\\s*,\\s*", -1));
                }
            }
            for (String m : MEASURES) {
                if (!cols.contains(m + "_mean")) {
                    continue;
                }
                int mean = column(cols, m + "_mean", csv);
                int low = column(cols, m + "_ci_low", csv);
                int high = column(cols, m + "_ci_high", csv);
                boolean share = m.endsWith("_share") && rows.stream().allMatch(r -> number(r, high, csv) <= 1.0);
                double scale = share ? 100 : 1;
                List<SweepPoint> points = new ArrayList<>();
                for (String[] r : rows) {
                    points.add(new SweepPoint(number(r, loss, csv), r[protocol].toLowerCase(java.util.Locale.ROOT),
                            number(r, mean, csv) * scale, number(r, low, csv) * scale, number(r, high, csv) * scale));
                }
                out.put(m, points);
            }
            if (out.isEmpty()) {
                throw new ReportException(csv + " has none of the measures " + String.join(", ", MEASURES));
            }
            return out;
        }
    }

    private static int column(List<String> cols, String name, Path csv) {
        int i = cols.indexOf(name);
        if (i < 0) {
            throw new ReportException(csv + " has no column '" + name + "'");
        }
        return i;
    }

    private static double number(String[] row, int i, Path csv) {
        try {
            return Double.parseDouble(row[i]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new ReportException(csv + ": '" + (i < row.length ? row[i] : "") + "' is not a number");
        }
    }
}
