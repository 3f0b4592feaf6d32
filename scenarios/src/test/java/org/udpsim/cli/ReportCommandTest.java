package org.udpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.run.LessonRuns;

/** {@code udpsim report} and {@code udpsim run --report}: exit codes, one-line mistakes, no partial report. */
class ReportCommandTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static Result udpsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path tutorialRun() throws IOException {
        return copyOf("10.4-udp.yaml");
    }

    private Path copyOf(String lesson) throws IOException {
        Path run = tmp.resolve("run");
        Path from = LessonRuns.of(Path.of("lessons", lesson));
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                String rel = from.relativize(p).toString();
                if (rel.equals("report.html") || rel.startsWith("charts")) {
                    continue; // a run folder as 'udpsim run' writes it without --report
                }
                Path target = run.resolve(rel);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return run;
    }

    private static void assertOneLine(Result r, String contains) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(contains), r.err());
    }

    @Test
    void report_runFolder_writesThePage() throws IOException {
        Path run = tutorialRun();
        Result r = udpsim("report", run.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + run.resolve("report.html") + System.lineSeparator(), r.out());
        assertTrue(Files.isRegularFile(run.resolve("charts/ladder-udp.svg")));
        assertTrue(Files.readString(run.resolve("report.html")).contains("udpsim run lessons/10.4-udp.yaml --seed 1"));
    }

    @Test
    void report_noSuchFolder_oneLine() {
        assertOneLine(udpsim("report", tmp.resolve("nothing").toString()), "no such folder");
    }

    @Test
    void report_folderOfSomethingElse_oneLine() {
        assertOneLine(udpsim("report", tmp.toString()), "is neither a run folder");
    }

    @Test
    void report_olderFormat_oneLine_noPage() throws IOException {
        Path run = tutorialRun();
        Path summary = run.resolve("summary.json");
        Files.writeString(summary, Files.readString(summary).replace("\"format\" : 2", "\"format\" : 1"));
        assertOneLine(udpsim("report", run.toString()), "older udpsim (summary.json format 1");
        assertFalse(Files.exists(run.resolve("report.html")));
    }

    @Test
    void report_noSuchFlow_oneLine_noPage() throws IOException {
        Path run = tutorialRun();
        assertOneLine(udpsim("report", run.toString(), "--flow", "tcp"), "no flow matches 'tcp'");
        assertFalse(Files.exists(run.resolve("report.html")));
        assertFalse(Files.exists(run.resolve("charts")));
    }

    @Test
    void report_unknownLanguage_oneLine() throws IOException {
        assertOneLine(udpsim("report", tutorialRun().toString(), "--lang", "fr"), "unknown language 'fr'");
    }

    @Test
    void report_help_describesTheReport() {
        Result r = udpsim("report", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("RUN_OR_SWEEP_DIR"));
        assertTrue(r.out().contains("--lang"));
        assertTrue(r.out().contains("report.html"));
    }

    @Test
    void runWithReport_folderHasThePageAndTheCommandThatReproducesIt() throws IOException {
        Path out = tmp.resolve("out");
        Result r = udpsim("run", "lessons/10.4-udp.yaml", "--duration", "8s", "--set", "boards.client.start=2s",
                "--out", out.toString(), "--report", "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(out.resolve("report.html"));
        assertTrue(page.contains("udpsim run lessons/10.4-udp.yaml --seed 1 --duration 8s --set "
                + "boards.client.start=2s"), "the reproducing command");
        assertTrue(page.contains("<html lang=\"zh\">"));
        assertTrue(Files.isRegularFile(out.resolve("capture/client.pcap")));
        assertTrue(Files.isRegularFile(out.resolve("expectations.json")), "the teaching points this run decides");
        assertTrue(page.contains("class=\"result pass\">通过"), "shown with PASS");
        assertTrue(page.contains("class=\"result fail\">未通过"), "8 s are too short for the tutorial's count");
    }

    @Test
    void report_sweepFolder_chartsAgainstTheLossRate() throws IOException {
        String lesson = Files.readString(Path.of("lessons", "10.4-udp-lossy-wifi.yaml"));
        String structured = lesson.replace("    netem: \"loss 20% delay 150ms 60ms distribution normal reorder 10%\"",
                "    loss: 20%\n    delay: 20ms").replaceFirst("(?s)\nexpect:.*", "\n");
        Path yaml = tmp.resolve("lossy.yaml");
        Files.writeString(yaml, structured);
        for (String py : new String[] {"udp_server.py", "udp_client_100ms.py"}) {
            Files.copy(Path.of("lessons", py), tmp.resolve(py)); // the programs the lesson runs, beside it
        }
        Path sweep = tmp.resolve("sweep");
        Result s = udpsim("sweep", yaml.toString(), "--vary", "impairments.0.loss=0%..40%:20%", "--replications", "2",
                "--set", "duration=6s", "--jobs", "1", "--out", sweep.toString());
        assertEquals(0, s.code(), s.err());
        Result r = udpsim("report", sweep.toString());
        assertEquals(0, r.code(), r.err());
        for (String chart : new String[] {"sweep-delivered", "sweep-in-order", "sweep-first-delivery", "sweep-delay"}) {
            assertTrue(Files.isRegularFile(sweep.resolve("charts/" + chart + ".svg")), chart);
        }
        assertTrue(Files.readString(sweep.resolve("report.html")).contains("Delivered share against loss rate"));
    }

    @Test
    void report_comparison_udpBesideTcp_andEachRunItsOwn() throws IOException {
        Path run = copyOf("udp-vs-tcp.yaml");
        Result r = udpsim("report", run.toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(run.resolve("report.html"));
        int udp = page.indexOf("<svg id='chart-ladder-udp'");
        int tcp = page.indexOf("<svg id='chart-ladder-tcp'");
        assertTrue(udp > 0 && tcp > udp, "the two ladders side by side, UDP first");
        assertTrue(page.contains("SYN-ACK"));
        assertTrue(Files.isRegularFile(run.resolve("udp/report.html")));
        assertTrue(Files.isRegularFile(run.resolve("tcp/charts/ladder-tcp.svg")));
    }
}
