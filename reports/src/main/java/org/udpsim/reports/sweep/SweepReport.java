package org.udpsim.reports.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.udpsim.reports.charts.Chart;
import org.udpsim.reports.charts.ChartFiles;
import org.udpsim.reports.report.Html;
import org.udpsim.reports.report.Labels;
import org.udpsim.reports.report.ReportOptions;
import org.udpsim.reports.report.RunReport;

/**
 * Writes a sweep's report into its folder: {@code charts/sweep-*.svg} and {@code .png}, and a {@code report.html}
 * that shows them, written to temporary files and moved into place when complete.
 */
public final class SweepReport {
    private SweepReport() {
    }

    public static void write(Path dir, ReportOptions options) throws IOException {
        SweepFolder.Sweep sweep = SweepFolder.read(dir);
        Labels l = Labels.of(options.lang());
        List<Chart> charts = charts(sweep, l);
        StringBuilder body = new StringBuilder();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Chart c : charts) {
            String svg = ChartFiles.svgElement(c);
            body.append("<figure class=\"chart\">").append(svg).append("</figure>\n");
            ChartFiles.addFiles(c, svg, files);
        }
        String page = "<!DOCTYPE html>\n<html lang=\"" + l.lang().code() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<link rel=\"icon\" href=\"data:,\">\n<title>" + Html.escape(l.get("page.sweep")) + "</title>\n"
                + "<style>body{font-family:sans-serif;max-width:1280px;margin:0 auto;padding:1rem 2rem}"
                + "figure svg{width:100%;height:auto;display:block}</style>\n</head>\n<body>\n<h1>"
                + Html.escape(l.get("page.sweep") + ": " + sweep.scenario()) + "</h1>\n" + body + "</body>\n</html>\n";
        RunReport.writeInPlace(dir, files, page);
    }

    /** The charts of the figures the sweep has, in {@link SweepFolder#FIGURES} order. */
    public static List<Chart> charts(SweepFolder.Sweep sweep, Labels l) {
        boolean loss = sweep.varied().endsWith("loss");
        String name = loss ? l.get("sweep.loss") : sweep.varied();
        String axis = loss ? l.get("sweep.x") : sweep.varied() + (sweep.unit().isEmpty() ? "" : " (" + sweep.unit() + ")");
        List<Chart> charts = new ArrayList<>();
        for (Map.Entry<String, List<SweepPoint>> f : sweep.figures().entrySet()) {
            charts.add(SweepCharts.of(f.getKey(), f.getValue(), name, axis, l));
        }
        return charts;
    }
}
