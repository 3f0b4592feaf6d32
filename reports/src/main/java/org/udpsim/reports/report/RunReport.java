package org.udpsim.reports.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.udpsim.reports.charts.ArrivalOrderChart;
import org.udpsim.reports.charts.Chart;
import org.udpsim.reports.charts.ChartFiles;
import org.udpsim.reports.charts.DelayCharts;
import org.udpsim.reports.charts.DeliveredChart;
import org.udpsim.reports.charts.DropsChart;
import org.udpsim.reports.charts.LadderDiagram;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.data.RunFolder;
import org.udpsim.reports.run.PageFiles;
import org.udpsim.reports.run.OutputDirectory;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.ReportOptions;
import org.udpsim.reports.view.ViewPage;

/**
 * Writes a run's report into its folder: {@code charts/<name>.svg} and {@code .png} for every chart, and
 * {@code report.html}, and the run played back in {@code view.html} ({@link ViewPage}), which the report links to.
 * Nothing partial is left: the charts are written to a temporary folder and the page to a
 * temporary file, both moved into place only when everything is written.
 */
public final class RunReport {
    /** The file the page is written to. */
    public static final String PAGE = PageFiles.PAGE;
    /** The folder the charts are written to. */
    public static final String CHARTS = PageFiles.CHARTS;

    private RunReport() {
    }

    /**
     * Reads the run in {@code dir} and writes its report there.
     *
     * @throws ReportException if {@code dir} is no run folder of this format, or the chosen flow does not exist
     */
    public static void write(Path dir, ReportOptions options) throws IOException {
        RunData run = RunFolder.read(dir);
        Labels labels = Labels.of(options.lang());
        List<String> flows = FlowChoice.choose(run, options.flow());
        List<Chart> ladders = LadderDiagram.of(run, flows, labels);
        List<Chart> charts = List.of(ArrivalOrderChart.of(run, flows, labels), DelayCharts.overTime(run, flows, labels),
                DelayCharts.distribution(run, flows, labels), DeliveredChart.of(run, flows, labels),
                DropsChart.of(run, labels));
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> ladderSvgs = new ArrayList<>();
        for (Chart c : ladders) {
            String svg = ChartFiles.svgElement(c);
            ladderSvgs.add(svg);
            ChartFiles.addFiles(c, svg, files);
        }
        List<String> chartSvgs = new ArrayList<>();
        for (Chart c : charts) {
            String svg = ChartFiles.svgElement(c);
            chartSvgs.add(svg);
            ChartFiles.addFiles(c, svg, files);
        }
        Map<String, String> strips = new LinkedHashMap<>();
        for (String board : run.frames().keySet()) {
            String svg = FilmStrip.svg(run, board, labels);
            strips.put(board, FilmStrip.html(run, board, svg, "", labels));
            files.put("filmstrip-" + board + ".svg", FilmStrip.document(svg).getBytes(StandardCharsets.UTF_8));
        }
        String page = ReportPage.render(run, TeachingPoints.read(dir, run.summary()),
                new ReportPage.Parts(ladderSvgs, chartSvgs, strips, "", ReportPage.flowsNote(run, flows, labels)), labels);
        PageFiles.writeInPlace(dir, files, page);
        ViewPage.write(dir, dir.resolve(ViewPage.FILE), options.lang());
    }
}
