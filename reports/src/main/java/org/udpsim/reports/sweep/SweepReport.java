package org.udpsim.reports.sweep;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.udpsim.reports.charts.Chart;
import org.udpsim.reports.charts.ChartFiles;
import org.udpsim.reports.text.Html;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.PageFont;
import org.udpsim.reports.text.PageStyle;
import org.udpsim.reports.text.ReportOptions;
import org.udpsim.reports.run.PageFiles;

/**
 * Writes a sweep's report into its folder: {@code charts/sweep-*.svg} and {@code .png}, and a {@code report.html}
 * that says in words what was varied (the hop and the option of an impairment, a group's board count…), with which
 * seeds and how many runs a point, how the bands are made, shows the charts, gives every number in a table (per
 * point and protocol: n, mean and interval of each figure) and the command that reproduces the sweep. Written to
 * temporary files and moved into place when complete. Everything that comes from the scenario or the sweep (names,
 * values, the command) is escaped.
 */
public final class SweepReport {
    private SweepReport() {
    }

    public static void write(Path dir, ReportOptions options) throws IOException {
        SweepFolder.Sweep sweep = SweepFolder.read(dir);
        Labels l = Labels.of(options.lang());
        List<Chart> charts = charts(sweep, l);
        List<String> svgs = new ArrayList<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Chart c : charts) {
            String svg = ChartFiles.svgElement(c);
            svgs.add(svg);
            ChartFiles.addFiles(c, svg, files);
        }
        PageFiles.writeInPlace(dir, files, page(sweep, svgs, l));
    }

    /** The charts of the figures the sweep has, in {@link SweepFolder#FIGURES} order. */
    public static List<Chart> charts(SweepFolder.Sweep sweep, Labels l) {
        SweepFolder.Varied first = sweep.variations().get(0);
        SweepCharts.XAxis x = new SweepCharts.XAxis(VariedWords.shortName(first, l), VariedWords.axis(first, l),
                first.integer());
        List<Chart> charts = new ArrayList<>();
        for (Map.Entry<String, List<SweepPoint>> f : sweep.figures().entrySet()) {
            charts.add(SweepCharts.of(f.getKey(), f.getValue(), x, sweep.replications(), l));
        }
        return charts;
    }

    /** The page: what was varied, the charts, the numbers, how to reproduce it. */
    static String page(SweepFolder.Sweep sweep, List<String> chartSvgs, Labels l) {
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = l.get("page.sweep") + ": " + sweep.scenario();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(l.lang().code()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(PageStyle.CSS)
                .append("td.num { text-align: right; white-space: nowrap; }\n")
                .append("</style>\n</head>\n<body>\n<header><h1>").append(esc(title)).append("</h1>\n");
        if (!sweep.description().isBlank()) {
            h.append("<p class=\"description\">").append(esc(sweep.description().strip())).append("</p>\n");
        }
        h.append("</header>\n");
        varied(h, sweep, l);
        h.append("<section id=\"charts\"><h2>").append(esc(l.get("page.charts"))).append("</h2>\n");
        for (String svg : chartSvgs) {
            h.append("<figure class=\"chart\">").append(svg).append("</figure>\n");
        }
        h.append("</section>\n");
        numbers(h, sweep, l);
        reproduce(h, sweep, l);
        return PageFont.embed(h.append("</body>\n</html>\n").toString());
    }

    private static void varied(StringBuilder h, SweepFolder.Sweep sweep, Labels l) {
        h.append("<section id=\"varied\"><h2>").append(esc(l.get("sweep.varied"))).append("</h2>\n<ul class=\"varied\">\n");
        int points = 1;
        for (SweepFolder.Varied v : sweep.variations()) {
            points *= v.numbers().size();
            h.append("<li><strong>").append(esc(VariedWords.name(v, l))).append("</strong> (<code>")
                    .append(esc(v.path()));
            if (!v.template().equals("{}" + v.unit())) {
                h.append(" = ").append(esc(v.template()));
            }
            h.append("</code>): ").append(esc(l.get("sweep.variedValues", v.numbers().size(), values(v))))
                    .append("</li>\n");
        }
        h.append("</ul>\n");
        if (sweep.variations().size() > 1) {
            h.append("<p>").append(esc(l.get("sweep.axisFirst"))).append("</p>\n");
        }
        int r = sweep.replications();
        h.append("<p>").append(esc(l.get("sweep.runs", points, r, sweep.seed(), sweep.seed() + r - 1, points * r)))
                .append("</p>\n");
        h.append("<p>").append(esc(l.get("sweep.method", sweep.resamples()))).append("</p>\n");
        h.append("<p>").append(esc(l.get("sweep.figures"))).append("</p>\n</section>\n");
    }

    /** A variation's values as numbers with their unit: all of them, or the first five and the last two. */
    private static String values(SweepFolder.Varied v) {
        List<String> all = v.numbers().stream().map(n -> plain(n) + v.unit()).toList();
        if (all.size() <= 12) {
            return String.join(", ", all);
        }
        return String.join(", ", all.subList(0, 5)) + ", …, " + String.join(", ", all.subList(all.size() - 2,
                all.size()));
    }

    private static void numbers(StringBuilder h, SweepFolder.Sweep sweep, Labels l) {
        h.append("<section id=\"numbers\"><h2>").append(esc(l.get("sweep.numbers"))).append("</h2>\n");
        for (String figure : SweepFolder.FIGURES) {
            if (!sweep.figures().containsKey(figure)) {
                continue;
            }
            double scale = figure.endsWith("_share") ? 100 : 1;
            h.append("<h3>").append(esc(l.get("sweep.figure." + figure))).append("</h3>\n")
                    .append("<table class=\"numbers\" id=\"numbers-").append(figure).append("\"><thead><tr>");
            for (SweepFolder.Varied v : sweep.variations()) {
                h.append("<th>").append(esc(VariedWords.axis(v, l))).append("</th>");
            }
            for (String k : List.of("sweep.protocol", "sweep.n", "sweep.mean", "sweep.interval")) {
                h.append("<th>").append(esc(l.get(k))).append("</th>");
            }
            h.append("</tr></thead><tbody>\n");
            for (SweepFolder.Row row : sweep.rows()) {
                SweepFolder.Stat s = row.stats().get(figure);
                if (s == null) {
                    continue;
                }
                h.append("<tr>");
                for (int i = 0; i < row.values().size(); i++) {
                    SweepFolder.Varied v = sweep.variations().get(i);
                    h.append("<td class=\"num\">").append(esc(plain(v.number(row.values().get(i))))).append("</td>");
                }
                h.append("<td>").append(esc(row.protocol().toUpperCase(Locale.ROOT))).append("</td>")
                        .append("<td class=\"num\">").append(s.n()).append("</td>")
                        .append("<td class=\"num\">").append(esc(number(s.mean() * scale))).append("</td>")
                        .append("<td class=\"num\">").append(esc(Double.isNaN(s.low()) ? "–"
                                : number(s.low() * scale) + " – " + number(s.high() * scale))).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
    }

    private static void reproduce(StringBuilder h, SweepFolder.Sweep sweep, Labels l) {
        int r = sweep.replications();
        String command = sweep.command().isBlank() ? l.get("sweep.noCommand")
                : sweep.command() + " --out " + quote(sweep.folder());
        h.append("<section id=\"reproduce\"><h2>").append(esc(l.get("sweep.reproduce"))).append("</h2>\n<dl>")
                .append("<dt>").append(esc(l.get("sweep.seeds"))).append("</dt><dd>")
                .append(esc(l.get("sweep.seedsRange", sweep.seed(), sweep.seed() + r - 1, r))).append("</dd>")
                .append("<dt>").append(esc(l.get("page.command"))).append("</dt><dd><pre><code>")
                .append(esc(command)).append("</code></pre></dd></dl>\n</section>\n");
    }

    /** A measured number as the tables show it: one decimal; a dash for none. */
    private static String number(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }

    /** A varied number as written: {@code 5}, {@code 2.5}. */
    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String quote(String arg) {
        return arg.matches("[A-Za-z0-9_./=:@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    private static String esc(String s) {
        return Html.escape(s);
    }
}
