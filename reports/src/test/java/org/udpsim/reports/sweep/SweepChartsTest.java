package org.udpsim.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.reports.charts.Chart;
import org.udpsim.reports.charts.ChartFiles;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.PageStyle;
import org.udpsim.reports.text.ReportException;
import org.udpsim.reports.text.ReportOptions;

class SweepChartsTest {
    @TempDir
    Path tmp;

    /** UDP loses what the link loses; TCP delivers everything, later. */
    static List<SweepPoint> delivered() {
        List<SweepPoint> p = new ArrayList<>();
        for (int loss = 0; loss <= 50; loss += 10) {
            double udp = 100 - loss;
            p.add(new SweepPoint(loss, "udp", udp, udp - 1.5, udp + 1.5));
            p.add(new SweepPoint(loss, "tcp", 100, loss == 0 ? 100 : 99.5, 100));
        }
        return p;
    }

    @Test
    void deliveredShare_aBandPerProtocol() {
        var chart = SweepCharts.deliveredShare(delivered(), 30, Labels.of(Lang.EN));
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) ((XYPlot) chart.chart().getPlot()).getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals("TCP", data.getSeriesKey(0));
        assertEquals("UDP", data.getSeriesKey(1));
        assertEquals(6, data.getItemCount(1));
        assertEquals(48.5, data.getStartYValue(1, 5), 1e-9);
        assertEquals(51.5, data.getEndYValue(1, 5), 1e-9);
        String svg = ChartFiles.svgElement(chart);
        assertTrue(svg.contains("Delivered share against loss rate"));
        assertTrue(java.util.regex.Pattern.compile("opacity[:=]\\s*'?0\\.25").matcher(svg).find(),
                "the confidence band is shaded: " + svg.replaceAll(".*?(.{80}opacity.{40}).*", "$1"));
    }

    @Test
    void sweepPoint_intervalMustHoldTheMean() {
        assertThrows(IllegalArgumentException.class, () -> new SweepPoint(10, "udp", 50, 51, 60));
    }

    @Test
    void report_sweepJson_chartsOfItsFiguresAndAPage() throws IOException {
        Files.writeString(tmp.resolve("sweep.json"), """
                {"format": 2, "scenario": "lossy", "seed": 1, "replications": 3,
                 "variations": [{"path": "impairments.0.loss", "template": "{}%", "unit": "%", "integer": true,
                   "numbers": [0, 20], "values": ["0%", "20%"], "about": {"kind": "impairment", "from": "client",
                   "to": "classroom", "link": "radio_up", "option": "loss"}}],
                 "rows": [
                  {"point": 0, "values": ["0%"], "protocol": "udp",
                   "delivered_share": {"n": 3, "mean": 1.0, "sd": 0, "ci95_low": 1.0, "ci95_high": 1.0},
                   "first_delivery_ms": {"n": 3, "mean": 3.1, "sd": 0.1, "ci95_low": 3.0, "ci95_high": 3.2},
                   "delay_ms": {"n": 0, "mean": null, "sd": null, "ci95_low": null, "ci95_high": null}},
                  {"point": 1, "values": ["20%"], "protocol": "udp",
                   "delivered_share": {"n": 3, "mean": 0.8, "sd": 0.02, "ci95_low": 0.75, "ci95_high": 0.85},
                   "first_delivery_ms": {"n": 1, "mean": 3.2, "sd": null, "ci95_low": null, "ci95_high": null}}]}
                """);
        SweepFolder.Sweep sweep = SweepFolder.read(tmp);
        assertEquals("impairments.0.loss", sweep.varied());
        assertEquals("%", sweep.unit());
        assertEquals(List.of("delivered_share", "first_delivery_ms"), List.copyOf(sweep.figures().keySet()));
        SweepPoint p = sweep.figures().get("delivered_share").get(1);
        assertEquals(new SweepPoint(20, "udp", 80, 75, 85), p, "shares shown in percent");
        assertEquals(3.2, sweep.figures().get("first_delivery_ms").get(1).ciHigh(), 1e-9, "no interval: the mean");
        SweepReport.write(tmp, ReportOptions.DEFAULT);
        assertTrue(Files.isRegularFile(tmp.resolve("charts/sweep-delivered.svg")));
        assertTrue(Files.isRegularFile(tmp.resolve("charts/sweep-first-delivery.png")));
        String page = Files.readString(tmp.resolve("report.html"));
        assertTrue(page.contains("<svg id='chart-sweep-delivered'"));
        assertTrue(page.contains("Delivered share against loss rate"));
    }

    @Test
    void read_otherFormat_saysSo() throws IOException {
        Files.writeString(tmp.resolve("sweep.json"), "{\"format\": 1}");
        ReportException e = assertThrows(ReportException.class, () -> SweepFolder.read(tmp));
        assertTrue(e.getMessage().contains("sweep.json format 1, reports read 2"), e.getMessage());
    }

    /** A sweep.json of format 2 with one variation and rows at {@code numbers}, UDP only. */
    private static String sweepJson(String scenario, String variation, double[] numbers, String rowValue) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < numbers.length; i++) {
            double share = 1 - i * 0.01;
            rows.append(i == 0 ? "" : ",\n").append("""
                    {"point": %d, "values": [%s], "protocol": "udp",
                     "delivered_share": {"n": 5, "mean": %s, "sd": 0.01, "ci95_low": %s, "ci95_high": %s},
                     "in_order_share": {"n": 5, "mean": 1.0, "sd": 0, "ci95_low": 1.0, "ci95_high": 1.0},
                     "first_delivery_ms": {"n": 5, "mean": 30.5, "sd": 2, "ci95_low": 29.0, "ci95_high": 33.0},
                     "delay_ms": {"n": 5, "mean": 20.5, "sd": 1, "ci95_low": 20.0, "ci95_high": 21.0}}"""
                    .formatted(i, rowValue.formatted(java.math.BigDecimal.valueOf(numbers[i]).stripTrailingZeros()
                            .toPlainString()), share, share - 0.005,
                            share + 0.005));
        }
        return """
                {"format": 2, "scenario": %s, "description": "<i>described</i> & more", "seed": 7, "replications": 5,
                 "command": "udpsim sweep 'a<b>.yaml' --vary x --replications 5",
                 "interval": {"method": "percentile bootstrap of the mean", "level": 0.95, "resamples": 10000},
                 "variations": [%s],
                 "rows": [%s]}
                """.formatted(scenario, variation, rows);
    }

    private static String countVariation() {
        return """
                {"path": "boards.pupils.count", "template": "{}", "unit": "", "integer": true,
                 "numbers": [1, 2, 3], "values": ["1", "2", "3"], "about": {"kind": "count", "group": "pupils"}}""";
    }

    @Test
    void report_aBoardCount_getsWholeNumberTicksAndANameInWords() throws IOException {
        Files.writeString(tmp.resolve("sweep.json"), sweepJson("\"classroom\"", countVariation(),
                new double[] {1, 2, 3}, "\"%s\""));
        SweepFolder.Sweep sweep = SweepFolder.read(tmp);
        for (Chart c : SweepReport.charts(sweep, Labels.of(Lang.EN))) {
            ChartFiles.svgElement(c); // lays the chart out, choosing its ticks
            NumberAxis x = (NumberAxis) ((XYPlot) c.chart().getPlot()).getDomainAxis();
            assertEquals("number of boards in pupils", x.getLabel());
            double tick = x.getTickUnit().getSize();
            assertTrue(tick >= 1 && tick == Math.rint(tick), c.name() + ": whole-number ticks, not " + tick);
        }
        assertTrue(ChartFiles.svgElement(SweepReport.charts(sweep, Labels.of(Lang.EN)).get(0))
                .contains("Delivered share against number of boards in pupils"));
        assertTrue(SweepReport.charts(sweep, Labels.of(Lang.ZH)).get(0).chart().getXYPlot().getDomainAxis()
                .getLabel().equals("pupils 组中的掌控板数量"));
    }

    @Test
    void report_everythingFromTheScenarioIsEscaped() throws IOException {
        String variation = """
                {"path": "impairments.0.netem", "template": "loss {}% <b>", "unit": "%", "integer": true,
                 "numbers": [0, 10], "values": ["loss 0% <b>", "loss 10% <b>"],
                 "about": {"kind": "impairment", "from": "<script>x</script>", "to": "ap&co", "link": "radio_up",
                           "option": "netem", "template": "loss {}% <b>"}}""";
        Files.writeString(tmp.resolve("sweep.json"), sweepJson("\"<script>alert(1)</script>\"", variation,
                new double[] {0, 10}, "\"loss %s%% <b>\""));
        SweepReport.write(tmp, ReportOptions.DEFAULT);
        String page = Files.readString(tmp.resolve("report.html"));
        String outsideCharts = page.replaceAll("(?s)<svg.*?</svg>", "");
        assertFalse(outsideCharts.contains("<script"), "no markup from the scenario");
        assertFalse(outsideCharts.contains("<b>") || outsideCharts.contains("<i>"), "no markup from the scenario");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("&lt;i&gt;described&lt;/i&gt; &amp; more"));
        assertTrue(page.contains("&lt;script&gt;x&lt;/script&gt; → ap&amp;co"));
        assertTrue(page.contains("udpsim sweep &#39;a&lt;b&gt;.yaml&#39;"));
        for (String svg : page.split("<svg ")) {
            assertFalse(svg.contains("<script>"), "not in the charts either");
        }
    }

    @Test
    void charts_readableAt1280Pixels_andEveryAxisHasItsUnit() throws IOException {
        String delay = """
                {"path": "impairments.0.delay", "template": "{}ms", "unit": "ms", "integer": true,
                 "numbers": [0, 50, 100], "values": ["0ms", "50ms", "100ms"],
                 "about": {"kind": "impairment", "from": "classroom", "to": "server", "link": "radio_down",
                           "option": "delay"}}""";
        for (boolean count : new boolean[] {false, true}) {
            Files.writeString(tmp.resolve("sweep.json"), count
                    ? sweepJson("\"s\"", countVariation(), new double[] {1, 2, 3}, "\"%s\"")
                    : sweepJson("\"s\"", delay, new double[] {0, 50, 100}, "\"%sms\""));
            SweepFolder.Sweep sweep = SweepFolder.read(tmp);
            for (Lang lang : Lang.values()) {
                for (Chart c : SweepReport.charts(sweep, Labels.of(lang))) {
                    assertEquals(1280, c.width());
                    XYPlot plot = (XYPlot) c.chart().getPlot();
                    for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
                        String label = axis.getLabel();
                        assertFalse(label.contains("impairments.") || label.contains("boards."), "words: " + label);
                        boolean aCount = count && axis == plot.getDomainAxis(); // "number of boards in pupils"
                        assertTrue(aCount || label.matches(".*[(（][^()（）]+[)）]"), "a unit: " + label);
                        assertTrue(axis.getLabelFont().getSize() >= 15 && axis.getTickLabelFont().getSize() >= 15,
                                label);
                    }
                    assertTrue(c.chart().getTitle().getFont().getSize() >= 15);
                    assertTrue(c.chart().getLegend().getItemFont().getSize() >= 15);
                    // a 1280-pixel page shows the chart 1216 pixels wide (2rem margins): 15 px of the chart is 14.25
                    Matcher m = Pattern.compile("font-size: ?(\\d+(?:\\.\\d+)?)px").matcher(ChartFiles.svgElement(c));
                    int texts = 0;
                    while (m.find()) {
                        assertTrue(Double.parseDouble(m.group(1)) * 1216 / 1280 >= 14, c.name() + ": " + m.group());
                        texts++;
                    }
                    assertTrue(texts > 10, c.name());
                }
            }
            assertTrue(PageStyle.CSS.contains("font-size: 18px"), "the page's text");
        }
        Files.writeString(tmp.resolve("sweep.json"), sweepJson("\"s\"", delay, new double[] {0, 50, 100},
                "\"%sms\""));
        assertEquals("delay on the radio hop to the server, classroom → server (ms)",
                SweepReport.charts(SweepFolder.read(tmp), Labels.of(Lang.EN)).get(0).chart().getXYPlot()
                        .getDomainAxis().getLabel());
    }
}
