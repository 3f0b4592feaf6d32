package org.udpsim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.udpsim.serve.WhatIfServer;

/**
 * What a "what if" costs in {@code udpsim serve}: the wall time from a changed control to the new run's data in the
 * page's hands. For each scenario it starts the server on a free loopback port in this JVM, reads the controls
 * from the page ({@code GET /}) as the page's script does, and then, as the page does when a teacher drags the
 * loss slider, posts every control's value with the loss changed to {@code /run} and waits for the answer: the
 * scenario run again (its Python boards in GraalPy included), its run folder written and read back into the view's
 * data, and that data sent and parsed. The first changes warm the JVM up and are not counted.
 *
 * <p>The control changed is the loss of the first place that has controls (the first impairment entry, or the
 * first access point's radio), its first parameter (the percentage, or {@code p} of a Gilbert–Elliott model),
 * going round {@link #LOSSES}.
 */
public final class ServeBenchmark {
    /** The losses the control is set to, in turn. */
    static final List<String> LOSSES = List.of("5%", "15%", "25%", "35%");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"udpsim-run\">(.*?)</script>", Pattern.DOTALL);

    /** Starts a server for a scenario file (on a free port). */
    @FunctionalInterface
    public interface Starter {
        WhatIfServer start(Path scenario) throws IOException;
    }

    /**
     * What was measured for one scenario.
     *
     * @param scenario the file
     * @param control the key of the control changed
     * @param startMs the wall time to start the server and make its first run
     * @param millis each measured change's wall time, in order
     * @param cpuMillis the CPU time this process spent during each measured change, on all its threads
     * @param dataKb the size of the last answer's JSON
     * @param load the system's load average over the last minute when the changes ended (other processes slow
     *     the wall times down: on 2 cores, a load above 2 means they waited for a processor)
     */
    public record Result(Path scenario, String control, long startMs, double[] millis, double[] cpuMillis,
            long dataKb, double load) {
        /** The line the CLI prints. */
        public String line() {
            return String.format(Locale.ROOT, "scenario=%s control=%s start_ms=%d changes=%d min_ms=%.0f"
                            + " median_ms=%.0f max_ms=%.0f cpu_median_ms=%.0f data_kb=%d load=%.1f",
                    scenario.getFileName(), control, startMs, millis.length, min(millis), median(millis),
                    max(millis), median(cpuMillis), dataKb, load);
        }

        static double median(double[] values) {
            double[] s = values.clone();
            Arrays.sort(s);
            int n = s.length;
            return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        }

        static double min(double[] values) {
            return Arrays.stream(values).min().orElse(0);
        }

        static double max(double[] values) {
            return Arrays.stream(values).max().orElse(0);
        }
    }

    private final Starter starter;
    private final int warmups;
    private final int changes;
    private final long pauseMs;

    /**
     * @param warmups changes made first and not counted, 0–100
     * @param changes changes measured, 1–1000
     * @param pauseMs the wall time between an answer and the next change (a class looking at the run), 0–60000
     */
    public ServeBenchmark(Starter starter, int warmups, int changes, long pauseMs) {
        if (warmups < 0 || warmups > 100) {
            throw new IllegalArgumentException("--warmup must be 0-100, was " + warmups);
        }
        if (changes < 1 || changes > 1000) {
            throw new IllegalArgumentException("--changes must be 1-1000, was " + changes);
        }
        if (pauseMs < 0 || pauseMs > 60_000) {
            throw new IllegalArgumentException("--pause must be 0-60000 ms, was " + pauseMs);
        }
        this.pauseMs = pauseMs;
        this.starter = starter;
        this.warmups = warmups;
        this.changes = changes;
    }

    /** Starts the server of {@code scenario}, changes its loss control {@code warmups + changes} times, stops it. */
    public Result run(Path scenario) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        try (WhatIfServer server = starter.start(scenario)) {
            long startMs = (System.nanoTime() - t0) / 1_000_000;
            HttpClient http = HttpClient.newHttpClient();
            URI page = server.uri();
            String origin = "http://127.0.0.1:" + server.port();
            HttpResponse<String> html = http.send(HttpRequest.newBuilder(page).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = DATA.matcher(html.body());
            if (html.statusCode() != 200 || !m.find()) {
                throw new IOException("GET " + page + " gave no view page (" + html.statusCode() + ")");
            }
            JsonNode controls = JSON.readTree(m.group(1)).path("serve").path("controls");
            Map<String, String> values = values(controls);
            String key = lossKey(controls);
            double[] millis = new double[changes];
            double[] cpu = new double[changes];
            long bytes = 0;
            for (int i = 0; i < warmups + changes; i++) {
                Thread.sleep(pauseMs);
                values.put(key, LOSSES.get(i % LOSSES.size()));
                ObjectNode body = JSON.createObjectNode();
                body.putPOJO("values", values);
                HttpRequest post = HttpRequest.newBuilder(page.resolve("/run"))
                        .header("Content-Type", "application/json").header("Origin", origin)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
                long c = cpuNanos();
                long s = System.nanoTime();
                HttpResponse<byte[]> answer = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
                JsonNode reply = JSON.readTree(answer.body());
                double ms = (System.nanoTime() - s) / 1e6;
                double cpuMs = (cpuNanos() - c) / 1e6;
                if (answer.statusCode() != 200 || !reply.path("ok").asBoolean()) {
                    throw new IOException("the change " + key + "=" + values.get(key) + " was not shown: "
                            + answer.statusCode() + " " + reply.path("refused"));
                }
                if (i >= warmups) {
                    millis[i - warmups] = ms;
                    cpu[i - warmups] = cpuMs;
                }
                bytes = answer.body().length;
            }
            return new Result(scenario, key, startMs, millis, cpu, bytes / 1024,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The CPU time of this process so far, every thread's. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Every control's value as the page's inputs hold them: the seed, each retries, each netem parameter. */
    static Map<String, String> values(JsonNode controls) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("seed", controls.path("seed").asText());
        for (JsonNode r : controls.path("retries")) {
            values.put(r.path("key").asText(), r.path("value").asText());
        }
        for (JsonNode place : controls.path("places")) {
            for (JsonNode option : place.path("options")) {
                for (JsonNode param : option.path("params")) {
                    values.put(param.path("key").asText(), param.path("value").asText());
                }
            }
        }
        return values;
    }

    /** The key of the first place's loss control: its first parameter. */
    static String lossKey(JsonNode controls) throws IOException {
        for (JsonNode place : controls.path("places")) {
            for (JsonNode option : place.path("options")) {
                if (option.path("keyword").asText().equals("loss") && option.path("params").size() > 0) {
                    return option.path("params").get(0).path("key").asText();
                }
            }
        }
        throw new IOException("the page has no loss control");
    }

    /** The scenarios {@code bench serve} measures by default: lesson 10.4's and UDP beside TCP, in that folder. */
    public static List<Path> defaultScenarios(Path lessons) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(lessons)) {
            s.filter(p -> p.getFileName().toString().matches("10\\.4-udp.*\\.yaml")).sorted().forEach(out::add);
        }
        out.add(lessons.resolve("udp-vs-tcp.yaml"));
        return out;
    }
}
