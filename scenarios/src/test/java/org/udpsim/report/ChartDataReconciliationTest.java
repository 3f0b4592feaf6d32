package org.udpsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.data.RunFolder;
import org.udpsim.run.LessonRuns;

/**
 * Every chart of every shipped lesson's report, read back from its CSV, against {@code summary.json}: the same
 * figures by two roads (the summary counts the typed records as the run makes them; the charts read
 * {@code trace.jsonl} and the captures afterwards). A chart that drew TCP delivering 7 of 100 messages it had
 * delivered fails here.
 */
class ChartDataReconciliationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyLessonsCharts_agreeWithItsSummary() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path lesson : LessonRuns.lessonFiles()) {
            tests.add(DynamicTest.dynamicTest(lesson.getFileName().toString(), () -> {
                Path dir = LessonRuns.of(lesson);
                JsonNode summary = JSON.readTree(dir.resolve("summary.json").toFile());
                if (summary.path("compare").isArray()) {
                    reconcileComparison(dir, summary);
                    for (JsonNode p : summary.get("compare")) {
                        reconcileRun(dir.resolve(p.asText()));
                    }
                } else {
                    reconcileRun(dir);
                }
            }));
        }
        return tests.stream();
    }

    /** A comparison's charts count messages as the programs saw them: the comparison summary's figures. */
    static void reconcileComparison(Path dir, JsonNode summary) throws IOException {
        Table delivered = Table.read(dir.resolve("charts/delivered-over-time.csv"));
        Table arrivals = Table.read(dir.resolve("charts/arrival-order.csv"));
        Table delays = Table.read(dir.resolve("charts/delay-over-time.csv"));
        Table histogram = Table.read(dir.resolve("charts/delay-distribution.csv"));
        for (JsonNode f : summary.get("flows")) {
            String p = f.get("protocol").asText().toUpperCase(Locale.ROOT);
            String what = dir + " " + p;
            assertEquals(f.get("sent").asLong(), delivered.last(p + " sent"), what + " sent");
            assertEquals(f.get("delivered").asLong(), delivered.last(p + " received"), what + " received");
            long overtaken = arrivals.has(p + " overtaken: arrived after a later one")
                    ? arrivals.count(p + " overtaken: arrived after a later one") : 0;
            assertEquals(f.get("delivered").asLong() + f.get("duplicated").asLong(),
                    arrivals.count(p + " in order") + overtaken, what + " arrivals");
            assertEquals(f.get("reordered").asLong(), overtaken, what + " overtaken");
            assertEquals(f.get("delivered").asLong(), delays.count(p), what + " delays drawn");
            assertEquals(f.get("delivered").asLong(), (long) histogram.sum(p), what + " histogram");
            JsonNode d = f.get("delay_ms");
            assertEquals(d.get("min").asDouble(), delays.min(p), 1e-3, what + " least delay");
            assertEquals(d.get("max").asDouble(), delays.max(p), 1e-3, what + " greatest delay");
        }
        long drops = 0;
        for (JsonNode p : summary.get("compare")) {
            drops += dropsOf(JSON.readTree(dir.resolve(p.asText()).resolve("summary.json").toFile()));
        }
        assertEquals(drops, (long) Table.read(dir.resolve("charts/drops.csv")).sumAll(), dir + " drops");
    }

    /** A run's per-flow charts count each shown flow's packets: that flow's figures in the summary. */
    static void reconcileRun(Path dir) throws IOException {
        JsonNode summary = JSON.readTree(dir.resolve("summary.json").toFile());
        RunData run = RunFolder.read(dir);
        List<String> shown = FlowChoice.choose(run, null);
        Table delivered = Table.read(dir.resolve("charts/delivered-over-time.csv"));
        Table histogram = Table.read(dir.resolve("charts/delay-distribution.csv"));
        Table delays = Table.read(dir.resolve("charts/delay-over-time.csv"));
        boolean messages = !run.messages().protocols().isEmpty();
        for (String proto : List.of("udp", "tcp")) {
            List<String> of = shown.stream().filter(f -> FlowChoice.protocol(f).equals(proto)).toList();
            if (of.size() != 1 || messages) {
                continue;
            }
            JsonNode f = summaryFlow(summary, run, of.get(0));
            String p = proto.toUpperCase(Locale.ROOT);
            String what = dir + " " + of.get(0);
            JsonNode copies = f.has("broadcast") ? f.get("broadcast") : f;
            assertEquals(copies.get("delivered").asLong(), (long) histogram.sum(p), what + " histogram");
            assertEquals(copies.get("delivered").asLong(), delays.count(p), what + " delays drawn");
            if (f.get("delay_ms").isObject()) {
                assertEquals(f.get("delay_ms").get("min").asDouble(), delays.min(p), 1e-3, what + " least delay");
                assertEquals(f.get("delay_ms").get("max").asDouble(), delays.max(p), 1e-3, what + " greatest delay");
            }
            if (proto.equals("udp")) {
                assertEquals(f.get("sent").asLong(), delivered.last(p + " datagrams sent"), what + " sent");
                assertEquals(f.get("delivered").asLong(), delivered.last(p + " datagrams delivered"),
                        what + " delivered");
            } else {
                long sent = delivered.last(p + " data segments sent (first transmissions)");
                long read = delivered.last(p + " data the program could read (segments, in order)");
                assertTrue(read <= sent && sent > 0, what + ": " + read + " of " + sent);
            }
        }
        assertEquals(dropsOf(summary), (long) Table.read(dir.resolve("charts/drops.csv")).sumAll(), dir + " drops");
    }

    private static JsonNode summaryFlow(JsonNode summary, RunData run, String flow) {
        String src = run.nodeAt(FlowChoice.src(flow)) + FlowChoice.src(flow).substring(FlowChoice.src(flow).indexOf(':'));
        for (JsonNode f : summary.get("flows")) {
            if (f.get("protocol").asText().equals(FlowChoice.protocol(flow)) && f.get("src").asText().equals(src)
                    && f.get("dst").asText().equals(FlowChoice.dst(flow))) {
                return f;
            }
        }
        throw new AssertionError("no flow " + flow + " in the summary");
    }

    private static long dropsOf(JsonNode summary) {
        long n = 0;
        Iterator<Map.Entry<String, JsonNode>> it = summary.get("drops").fields();
        while (it.hasNext()) {
            n += it.next().getValue().asLong();
        }
        return n;
    }

    /** A chart's CSV, read with the same library that wrote it. */
    record Table(List<String> header, List<CSVRecord> rows) {
        static Table read(Path file) throws IOException {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in);
                return new Table(parser.getHeaderNames(), parser.getRecords());
            }
        }

        boolean has(String column) {
            return header.contains(column);
        }

        private int index(String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw new AssertionError("no column '" + column + "' in " + header);
            }
            return i;
        }

        private List<Double> values(String column) {
            int i = index(column);
            List<Double> out = new ArrayList<>();
            for (CSVRecord r : rows) {
                if (!r.get(i).isEmpty()) {
                    out.add(Double.parseDouble(r.get(i)));
                }
            }
            return out;
        }

        long last(String column) {
            List<Double> v = values(column);
            return v.isEmpty() ? 0 : Math.round(v.get(v.size() - 1));
        }

        long count(String column) {
            return values(column).size();
        }

        double sum(String column) {
            return values(column).stream().mapToDouble(Double::doubleValue).sum();
        }

        double min(String column) {
            return values(column).stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        double max(String column) {
            return values(column).stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        double sumAll() {
            double s = 0;
            for (int i = 1; i < header.size(); i++) {
                s += sum(header.get(i));
            }
            return s;
        }
    }
}
