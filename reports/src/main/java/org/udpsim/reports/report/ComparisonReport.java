package org.udpsim.reports.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.udpsim.reports.charts.ArrivalOrderChart;
import org.udpsim.reports.charts.Chart;
import org.udpsim.reports.charts.ChartFiles;
import org.udpsim.reports.charts.DelayCharts;
import org.udpsim.reports.charts.DeliveredChart;
import org.udpsim.reports.charts.DropsChart;
import org.udpsim.reports.charts.LadderDiagram;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.Messages;
import org.udpsim.reports.data.PacketTrip;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.data.RunFolder;
import org.udpsim.reports.run.PageFiles;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.ReportException;
import org.udpsim.reports.text.ReportOptions;
import org.udpsim.reports.view.ViewPage;

/**
 * The report of a comparison ({@code compare: [udp, tcp]}): the same scenario run once per protocol, each run in
 * its own folder ({@code udp/}, {@code tcp/}) with its own report. The comparison's {@code report.html} puts them
 * side by side: the messages table the terminal prints, the teaching points (judged over both runs, from the
 * comparison's {@code expectations.json}), the two ladders next to each other, and every chart with one series per
 * protocol, counted in messages as the programs saw them.
 */
public final class ComparisonReport {
    private ComparisonReport() {
    }

    /** True if {@code dir} holds a comparison: its {@code summary.json} lists the protocols compared. */
    public static boolean isComparison(Path dir) {
        Path summary = dir.resolve("summary.json");
        if (!Files.isRegularFile(summary)) {
            return false;
        }
        try {
            return new ObjectMapper().readTree(summary.toFile()).path("compare").isArray();
        } catch (IOException e) {
            return false;
        }
    }

    public static void write(Path dir, ReportOptions options) throws IOException {
        JsonNode top = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        Labels labels = Labels.of(options.lang());
        Map<String, RunData> runs = new LinkedHashMap<>();
        for (JsonNode p : top.path("compare")) {
            runs.put(p.asText(), RunFolder.read(dir.resolve(p.asText())));
        }
        RunData all = combine(runs);
        List<String> flows = FlowChoice.choose(all, options.flow());
        for (Map.Entry<String, RunData> r : runs.entrySet()) {
            RunReport.write(dir.resolve(r.getKey()), new ReportOptions(options.lang(), null));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> ladders = new ArrayList<>();
        for (String flow : flows) {
            Chart c = LadderDiagram.of(runs.getOrDefault(FlowChoice.protocol(flow), all), flow, labels);
            String svg = ChartFiles.svgElement(c);
            ladders.add(svg);
            ChartFiles.addFiles(c, svg, files);
        }
        List<String> charts = new ArrayList<>();
        for (Chart c : List.of(ArrivalOrderChart.of(all, flows, labels), DelayCharts.overTime(all, flows, labels),
                DelayCharts.distribution(all, flows, labels), DeliveredChart.of(all, flows, labels),
                DropsChart.of(all, labels))) {
            String svg = ChartFiles.svgElement(c);
            charts.add(svg);
            ChartFiles.addFiles(c, svg, files);
        }
        Map<String, String> strips = new LinkedHashMap<>();
        for (Map.Entry<String, RunData> r : runs.entrySet()) {
            for (String board : r.getValue().frames().keySet()) {
                String svg = FilmStrip.svg(r.getValue(), board, labels);
                String name = r.getKey().toUpperCase(Locale.ROOT) + " · " + board;
                strips.put(name, FilmStrip.html(r.getValue(), board, svg, r.getKey() + "/", labels));
                files.put("filmstrip-" + r.getKey() + "-" + board + ".svg",
                        FilmStrip.document(svg).getBytes(StandardCharsets.UTF_8));
            }
        }
        String page = ReportPage.render(all, TeachingPoints.read(dir, top), new ReportPage.Parts(ladders, charts, strips,
                ComparisonTable.html(top, labels), ReportPage.flowsNote(all, flows, labels)), labels);
        PageFiles.writeInPlace(dir, files, page);
        ViewPage.write(dir, dir.resolve(ViewPage.FILE), options.lang());
    }

    /**
     * The runs as one: every packet of each (their flows differ by protocol), the summaries' flows and drops side by
     * side (a place named after its protocol, {@code UDP client->ap}), each board's console once per run.
     */
    static RunData combine(Map<String, RunData> runs) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode summary = json.createObjectNode();
        ArrayNode flows = summary.putArray("flows");
        ObjectNode drops = summary.putObject("drops_by_place");
        ObjectNode boards = summary.putObject("boards");
        List<PacketTrip> trips = new ArrayList<>();
        List<Messages> messages = new ArrayList<>();
        Map<String, List<String>> consoles = new LinkedHashMap<>();
        RunData first = null;
        for (Map.Entry<String, RunData> r : runs.entrySet()) {
            RunData run = r.getValue();
            first = first == null ? run : first;
            String p = r.getKey().toUpperCase(Locale.ROOT);
            run.summary().path("flows").forEach(flows::add);
            Iterator<Map.Entry<String, JsonNode>> d = run.summary().path("drops_by_place").fields();
            while (d.hasNext()) {
                Map.Entry<String, JsonNode> e = d.next();
                drops.set(p + " " + e.getKey(), e.getValue());
            }
            Iterator<Map.Entry<String, JsonNode>> b = run.summary().path("boards").fields();
            while (b.hasNext()) {
                Map.Entry<String, JsonNode> e = b.next();
                boards.set(p + " · " + e.getKey(), e.getValue());
            }
            trips.addAll(run.trips());
            messages.add(run.messages());
            run.consoles().forEach((board, lines) -> consoles.put(p + " · " + board, lines));
        }
        if (first == null) {
            throw new ReportException("the comparison lists no protocol");
        }
        return new RunData(first.info(), summary, trips, Messages.union(messages), consoles, Map.of());
    }
}
