package org.udpsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.data.RunFolder;
import org.udpsim.reports.data.SyntheticRun;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.text.Labels;

class ChartFilesTest {
    static final List<String> FLOWS = List.of("udp 192.168.0.2:50000 > 192.168.0.3:6000",
            "tcp 192.168.0.2:40000 > 192.168.0.3:80");

    @TempDir
    Path tmp;

    @Test
    void svgAndPng_sameChartTwice_sameBytes() throws IOException {
        RunData run = RunFolder.read(SyntheticRun.write(tmp.resolve("run"), "hi"));
        Labels en = Labels.of(Lang.EN);
        Chart a = DelayCharts.overTime(run, FLOWS, en);
        Chart b = DelayCharts.overTime(RunFolder.read(tmp.resolve("run")), FLOWS, en);
        assertEquals(ChartFiles.svgElement(a), ChartFiles.svgElement(b));
        assertArrayEquals(ChartFiles.png(a), ChartFiles.png(b));
    }

    @Test
    void svgElement_idsFromTheChartsName_fontsQuotedForTheAttribute() throws IOException {
        RunData run = RunFolder.read(SyntheticRun.write(tmp.resolve("run"), "hi"));
        String svg = ChartFiles.svgElement(ArrivalOrderChart.of(run, FLOWS, Labels.of(Lang.EN)));
        assertTrue(svg.startsWith("<svg id='chart-arrival-order'"), svg.substring(0, 60));
        assertTrue(svg.contains("clipPath id='arrival-order-clip-0'"));
        assertFalse(svg.contains("font-family: '"), "a single quote would end JFreeSVG's style attribute");
        assertTrue(svg.contains("viewBox="));
    }

    @Test
    void svgElement_chineseLabels_keptAsText() throws IOException {
        RunData run = RunFolder.read(SyntheticRun.write(tmp.resolve("run"), "hi"));
        String svg = ChartFiles.svgElement(DeliveredChart.of(run, FLOWS, Labels.of(Lang.ZH)));
        assertTrue(svg.contains(">随时间送达的消息</text>"), "CJK is text for the browser to render, not shapes");
    }

    @Test
    void svgElement_markupInAText_isEscaped() throws IOException {
        RunData run = RunFolder.read(SyntheticRun.write(tmp.resolve("run"), "hi"));
        Chart c = DropsChart.of(run, Labels.of(Lang.EN));
        c.chart().setTitle("<script>alert(1)</script>");
        String svg = ChartFiles.svgElement(c);
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("&lt;script&gt;"));
    }

    @Test
    void write_everyChartOfTheRun_svgAndPng() throws IOException {
        RunData run = RunFolder.read(SyntheticRun.write(tmp.resolve("run"), "hi"));
        Labels en = Labels.of(Lang.EN);
        for (Chart c : List.of(LadderDiagram.of(run, FLOWS.get(1), en), ArrivalOrderChart.of(run, FLOWS, en),
                DelayCharts.overTime(run, FLOWS, en), DelayCharts.distribution(run, FLOWS, en),
                DeliveredChart.of(run, FLOWS, en), DropsChart.of(run, en))) {
            byte[] png = ChartFiles.png(c);
            assertEquals((byte) 0x89, png[0]);
            assertTrue(ChartFiles.svgDocument(c, ChartFiles.svgElement(c)).contains("width=\"" + c.width() + "\""));
        }
    }
}
