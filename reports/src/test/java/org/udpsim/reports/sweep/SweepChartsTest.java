package org.udpsim.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    void report_csvWithTwoMeasures_writesTheirChartsAndAPage() throws IOException {
        Files.writeString(tmp.resolve("sweep.csv"), """
                protocol,loss,delivered_share_mean,delivered_share_sd,delivered_share_ci_low,delivered_share_ci_high,\
                first_delivery_ms_mean,first_delivery_ms_ci_low,first_delivery_ms_ci_high
                udp,0,1.0,0,1.0,1.0,3.1,3.0,3.2
                tcp,0,1.0,0,1.0,1.0,9.5,9.0,10.0
                udp,20,0.8,0.02,0.79,0.81,3.2,3.0,3.5
                tcp,20,1.0,0,1.0,1.0,250,180,320
                """);
        Map<String, List<SweepPoint>> m = SweepFolder.read(tmp);
        assertEquals(List.of("delivered_share", "first_delivery_ms"), List.copyOf(m.keySet()));
        assertEquals(80.0, m.get("delivered_share").get(2).mean(), 1e-9, "shares shown in percent");
        SweepReport.write(tmp, ReportOptions.DEFAULT);
        assertTrue(Files.isRegularFile(tmp.resolve("charts/sweep-delivered.svg")));
        assertTrue(Files.isRegularFile(tmp.resolve("charts/sweep-first-delivery.png")));
        assertTrue(Files.readString(tmp.resolve("report.html")).contains("<svg id='chart-sweep-delivered'"));
    }

    @Test
    void read_missingColumn_saysWhich() throws IOException {
        Files.writeString(tmp.resolve("sweep.csv"), "protocol,delivered_share_mean\nudp,1\n");
        ReportException e = assertThrows(ReportException.class, () -> SweepFolder.read(tmp));
        assertTrue(e.getMessage().endsWith("has no column 'loss'"), e.getMessage());
    }
}
