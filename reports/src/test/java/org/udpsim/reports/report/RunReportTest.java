package org.udpsim.reports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.reports.data.SyntheticRun;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.text.ReportException;
import org.udpsim.reports.text.ReportOptions;

class RunReportTest {
    @TempDir
    Path tmp;

    @Test
    void write_pageAndChartsInPlace_nothingTemporaryLeft() throws IOException {
        Path run = SyntheticRun.write(tmp.resolve("run"), "hi");
        RunReport.write(run, ReportOptions.DEFAULT);
        String page = Files.readString(run.resolve("report.html"));
        for (String chart : List.of("ladder-udp", "ladder-tcp", "arrival-order", "delay-over-time",
                "delay-distribution", "delivered-over-time", "drops")) {
            assertTrue(Files.isRegularFile(run.resolve("charts/" + chart + ".svg")), chart);
            assertTrue(Files.isRegularFile(run.resolve("charts/" + chart + ".png")), chart);
            assertTrue(page.contains("<svg id='chart-" + chart + "'"), chart);
        }
        assertTrue(page.contains("data:image/png;base64,"), "OLED frames inside the page");
        assertFalse(page.contains("<script"), "no script at all");
        assertFalse(page.contains("http://") && page.replace("http://www.w3.org", "")
                .replace("http://www.jfree.org", "").contains("http://"), "nothing fetched from a network");
        try (Stream<Path> files = Files.list(run)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary file left");
        }
    }

    @Test
    void write_sameRunTwice_sameBytes() throws IOException {
        Path run = SyntheticRun.write(tmp.resolve("run"), "hi");
        RunReport.write(run, ReportOptions.DEFAULT);
        byte[] page = Files.readAllBytes(run.resolve("report.html"));
        byte[] png = Files.readAllBytes(run.resolve("charts/ladder-tcp.png"));
        RunReport.write(run, ReportOptions.DEFAULT);
        assertEquals(new String(page), Files.readString(run.resolve("report.html")));
        assertEquals(java.util.Arrays.hashCode(png), java.util.Arrays.hashCode(
                Files.readAllBytes(run.resolve("charts/ladder-tcp.png"))));
    }

    @Test
    void write_programText_escaped() throws IOException {
        Path run = SyntheticRun.write(tmp.resolve("run"), "<script>alert(1)</script>");
        RunReport.write(run, ReportOptions.DEFAULT);
        String page = Files.readString(run.resolve("report.html"));
        assertFalse(page.contains("<script>alert(1)"));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("<h1>Synthetic &lt;run&gt;</h1>"));
    }

    @Test
    void write_teachingPointResults_passAndFailShown() throws IOException {
        Path run = SyntheticRun.write(tmp.resolve("run"), "hi");
        RunReport.write(run, ReportOptions.DEFAULT);
        assertTrue(Files.readString(run.resolve("report.html")).contains("class=\"result pending\">not evaluated here"));
        Files.writeString(run.resolve(TeachingPoints.FILE),
                "[{\"name\": \"UDP loses datagrams silently\", \"passed\": true, \"actual\": \"lost 1\"}]");
        RunReport.write(run, ReportOptions.DEFAULT);
        String page = Files.readString(run.resolve("report.html"));
        assertTrue(page.contains("class=\"result pass\">PASS"));
        assertTrue(page.contains("lost 1"));
    }

    @Test
    void write_noSuchFlow_leavesNoReport() throws IOException {
        Path run = SyntheticRun.write(tmp.resolve("run"), "hi");
        assertThrows(ReportException.class, () -> RunReport.write(run, new ReportOptions(Lang.EN, "icmp")));
        assertFalse(Files.exists(run.resolve("report.html")));
        assertFalse(Files.exists(run.resolve("charts")));
        try (Stream<Path> files = Files.list(run)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".")));
        }
    }

    @Test
    void write_chinese_pageAndChartsInChinese() throws IOException {
        Path run = SyntheticRun.write(tmp.resolve("run"), "hi");
        RunReport.write(run, new ReportOptions(Lang.ZH, "udp"));
        String page = Files.readString(run.resolve("report.html"));
        assertTrue(page.contains("<html lang=\"zh\">"));
        assertTrue(page.contains("复现本次运行"));
        assertTrue(page.contains(">到达顺序</text>"));
        assertFalse(Files.exists(run.resolve("charts/ladder-tcp.svg")), "only the flow asked for");
    }

    @Test
    void reports_neitherRunNorSweep_saysSo() {
        ReportException e = assertThrows(ReportException.class, () -> Reports.write(tmp, ReportOptions.DEFAULT));
        assertTrue(e.getMessage().endsWith("is neither a run folder (no summary.json) nor a sweep folder "
                + "(no sweep.json)"), e.getMessage());
    }
}
