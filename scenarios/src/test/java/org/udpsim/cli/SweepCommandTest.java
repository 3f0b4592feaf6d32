package org.udpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.reports.charts.Chart;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.sweep.SweepFolder;
import org.udpsim.reports.sweep.SweepReport;

/** {@code udpsim sweep} then {@code udpsim report}: the page in words, the numbers the charts draw, bad --vary. */
class SweepCommandTest {
    @TempDir
    Path tmp;

    private static ReportCommandTest.Result udpsim(String... args) {
        return ReportCommandTest.udpsim(args);
    }

    /** udp-vs-tcp with its impairment written as netem text, beside the lesson's programs (it runs Java ones). */
    private Path netemLesson() throws IOException {
        String lesson = Files.readString(Path.of("lessons", "udp-vs-tcp.yaml"));
        String netem = lesson.replace("    loss: 10%\n    delay: {time: 20ms, jitter: 10ms}\n",
                "    netem: \"loss 10% delay 20ms 10ms\"\n").replaceFirst("(?s)\nexpect:.*", "\n");
        assertTrue(netem.contains("netem: \"loss 10%"), "the lesson still has its structured impairment");
        Path yaml = tmp.resolve("udp-vs-tcp-netem.yaml");
        Files.writeString(yaml, netem);
        return yaml;
    }

    @Test
    void sweepThenReport_thePageSaysWhatWasVaried_theSeeds_theNumbers_andTheCommand() throws IOException {
        Path sweep = tmp.resolve("loss-sweep");
        ReportCommandTest.Result s = udpsim("sweep", "lessons/udp-vs-tcp.yaml", "--vary", "impairments.0.loss=0%..20%:10%",
                "--replications", "3", "--set", "duration=12s", "--jobs", "2", "--out", sweep.toString());
        assertEquals(0, s.code(), s.err());
        JsonNode json = new ObjectMapper().readTree(sweep.resolve("sweep.json").toFile());
        String command = "udpsim sweep lessons/udp-vs-tcp.yaml --vary impairments.0.loss=0%..20%:10% --replications 3"
                + " --set duration=12s";
        assertEquals(command, json.path("command").asText(), "written at sweep time, without --jobs and --out");
        assertEquals("percentile bootstrap of the mean", json.path("interval").path("method").asText());
        assertEquals("client", json.path("variations").path(0).path("about").path("from").asText());

        assertEquals(0, udpsim("report", sweep.toString()).code());
        String page = Files.readString(sweep.resolve("report.html"));
        assertTrue(page.contains("loss rate on the client&#39;s radio hop, client → classroom"), "in words");
        assertTrue(page.contains("<code>impairments.0.loss</code>): 3 values: 0%, 10%, 20%"), "the path and values");
        assertTrue(page.contains("Each of the 3 points ran 3 times, with seeds 1 to 3"), "the replications, seeds");
        assertTrue(page.contains("percentile bootstrap"), "how the bands are made");
        assertTrue(page.contains("<pre><code>" + command + " --out loss-sweep</code></pre>"), "the command");
        for (String figure : SweepFolder.FIGURES) {
            assertTrue(page.contains("<table class=\"numbers\" id=\"numbers-" + figure + "\">"), figure);
        }
        String table = page.substring(page.indexOf("id=\"numbers-delivered_share\""));
        table = table.substring(0, table.indexOf("</table>"));
        assertEquals(6, table.split("<tr><td").length - 1, "3 points x 2 protocols");
        assertTrue(table.contains("<th>n (runs)</th><th>mean</th><th>95 % interval</th>"), table);

        assertEquals(0, udpsim("report", sweep.toString(), "--lang", "zh").code());
        String zh = Files.readString(sweep.resolve("report.html"));
        assertTrue(zh.contains("client 的无线链路上的丢包率（client → classroom）"), "in Chinese too");
        assertTrue(zh.contains("3 个取值点各运行 3 次，随机种子为 1 到 3"));
    }

    @Test
    void theChartsDrawTheIntervalsThatSweepCsvHolds() throws IOException {
        Path sweep = tmp.resolve("sweep");
        assertEquals(0, udpsim("sweep", "lessons/udp-vs-tcp.yaml", "--vary", "impairments.0.loss=0%..40%:20%",
                "--replications", "4", "--set", "duration=12s", "--out", sweep.toString()).code());
        List<String> csv = Files.readAllLines(sweep.resolve("sweep.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        List<Chart> charts = SweepReport.charts(SweepFolder.read(sweep), Labels.of(Lang.EN));
        int checked = 0;
        for (Chart c : charts) {
            String figure = switch (c.name()) {
                case "sweep-delivered" -> "delivered_share";
                case "sweep-in-order" -> "in_order_share";
                case "sweep-first-delivery" -> "first_delivery_ms";
                default -> "delay_ms";
            };
            double scale = figure.endsWith("_share") ? 100 : 1;
            XYDataset data = ((XYPlot) c.chart().getPlot()).getDataset();
            YIntervalSeriesCollection bands = (YIntervalSeriesCollection) data;
            for (int series = 0; series < bands.getSeriesCount(); series++) {
                String protocol = bands.getSeriesKey(series).toString().toLowerCase();
                for (int item = 0; item < bands.getItemCount(series); item++) {
                    String x = (int) bands.getXValue(series, item) + "%";
                    String[] row = csv.stream().filter(l -> l.startsWith(x + "," + protocol + ",")).findFirst()
                            .orElseThrow().split(",", -1);
                    double low = Double.parseDouble(row[header.indexOf(figure + "_ci95_low")]);
                    double high = Double.parseDouble(row[header.indexOf(figure + "_ci95_high")]);
                    assertEquals(low * scale, bands.getStartYValue(series, item), 1e-4 * scale, figure + " " + x);
                    assertEquals(high * scale, bands.getEndYValue(series, item), 1e-4 * scale, figure + " " + x);
                    assertTrue(low >= 0 && (!figure.endsWith("_share") || high <= 1), figure + " " + x);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 20, "every band of every chart: " + checked);
    }

    @Test
    void aNetemTextIsVariedThroughATemplate() throws IOException {
        Path yaml = netemLesson();
        Path sweep = tmp.resolve("netem");
        ReportCommandTest.Result s = udpsim("sweep", yaml.toString(), "--vary", "impairments.0.netem=loss {}% delay 20ms 10ms:0..20:20",
                "--replications", "2", "--set", "duration=12s", "--out", sweep.toString());
        assertEquals(0, s.code(), s.err());
        String csv = Files.readString(sweep.resolve("sweep.csv"));
        assertTrue(csv.contains("\nloss 20% delay 20ms 10ms,udp,"), csv);
        assertTrue(Files.readString(sweep.resolve("sweep.json")).contains(
                "--vary 'impairments.0.netem=loss {}% delay 20ms 10ms:0..20:20'"), "quoted for the shell");
        assertEquals(0, udpsim("report", sweep.toString()).code());
        String page = Files.readString(sweep.resolve("report.html"));
        assertTrue(page.contains("loss rate on the client&#39;s radio hop, client → classroom"), "in words");
        assertTrue(page.contains("<code>impairments.0.netem = loss {}% delay 20ms 10ms</code>"), "the template");
    }

    @Test
    void aMalformedVary_oneLineNamingTheOption_exit2_nothingWritten() {
        for (String bad : new String[] {"impairments.0.loss=0%..50%", "impairments.0.netem=loss 0%..50%:5%",
                "impairments.0.netem=loss {}%:0..50", "impairments.0.netem=loss {}% duplicate {}%:0..50:5",
                "impairments.0.loss=50%..0%:5%", "impairments.0.loss=0%..50%:0%", "=0..1:1"}) {
            Path out = tmp.resolve("never");
            ReportCommandTest.Result r = udpsim("sweep", "lessons/udp-vs-tcp.yaml", "--vary", bad, "--replications", "2", "--out",
                    out.toString());
            assertEquals(2, r.code(), bad + ": " + r.err());
            assertTrue(r.err().startsWith("udpsim: --vary " + bad + ": "), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(Files.exists(out), "nothing written for " + bad);
        }
        ReportCommandTest.Result netem = udpsim("sweep", "lessons/udp-vs-tcp.yaml", "--vary", "impairments.0.netem=loss 0%..50%:5%",
                "--replications", "2", "--out", tmp.resolve("never").toString());
        assertTrue(netem.err().contains("'impairments.0.netem=loss {}% delay 20ms:0..50:5'"), "says how: " + netem.err());
    }

    @Test
    void help_showsBothFormsOfVary() {
        ReportCommandTest.Result r = udpsim("sweep", "--help");
        assertEquals(0, r.code());
        String help = r.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("PATH=TEXT:FROM..TO:STEP"), r.out());
        assertTrue(help.contains("'impairments.0.netem=loss {}% delay 20ms:0..50:5'"), r.out());
    }
}
