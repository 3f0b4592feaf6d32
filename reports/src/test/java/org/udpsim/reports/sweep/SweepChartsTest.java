package org.udpsim.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.reports.charts.ChartFiles;
import org.udpsim.reports.report.Lang;
import org.udpsim.reports.report.Labels;
import org.udpsim.reports.report.ReportException;
import org.udpsim.reports.report.ReportOptions;

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
        var chart = SweepCharts.deliveredShare(delivered(), Labels.of(Lang.EN));
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
                {"format": 1, "scenario": "lossy", "variations": [{"path": "impairments.0.loss", "values": ["0%", "20%"]}],
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
        Files.writeString(tmp.resolve("sweep.json"), "{\"format\": 2}");
        ReportException e = assertThrows(ReportException.class, () -> SweepFolder.read(tmp));
        assertTrue(e.getMessage().contains("sweep.json format 2"), e.getMessage());
    }
}
