package org.udpsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.udpsim.cli.ServeCommand;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.view.ViewPage;
import org.udpsim.run.ScenarioRun;
import org.udpsim.scenario.Bounds;
import org.udpsim.scenario.Overrides;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioLoader;
import org.udpsim.serve.WhatIfServer;

/**
 * How fast {@code view.html} opens and plays in headless Chromium, for big runs: the 40-board Python classroom
 * (30 s simulated), lesson 10.4 over the lossy WiFi for 10 minutes, and a 500-board UDP flood (too large to embed
 * whole); and {@code udpsim serve}'s time from a changed control to the new run shown, in the browser, for the 10.4
 * lessons and UDP beside TCP. A benchmark, not a test: it is tagged {@value #TAG}, which {@code mvn verify} leaves
 * out; run it, in a JVM like {@code udpsim}'s, with {@code mvn -B -o -pl scenarios -am verify -Dgroups=benchmark
 * -DexcludedGroups= -Dtest.jvm.args="-Xmx2g -XX:+UseParallelGC"}. It prints one line per measurement and writes them
 * to {@code target/view-benchmark.txt}.
 *
 * <p>Measured: the page's size; {@code load_ms}, the navigation's {@code loadEventEnd} (the page parsed, its data
 * read and the first picture drawn by its script, which runs before the load event); and {@code fps} while the
 * page plays at 1×, 10× and 100× from the middle of its packets, counted as {@code requestAnimationFrame} callbacks
 * over {@value #PLAY_MS} ms of playing (the page draws once per callback; a short run played fast ends sooner, and
 * {@code played_ms} says when), with {@code worst_ms} the longest gap between two callbacks. The
 * machine's load average is printed beside them: other processes on its two cores slow the page down.
 */
@Tag(ViewBenchmark.TAG)
@Isolated
class ViewBenchmark extends InBrowser {
    static final String TAG = "benchmark";
    static final int PLAY_MS = 3000;
    private static final Path LESSONS = Path.of("lessons");
    private static final List<String> LINES = new ArrayList<>();

    @TempDir
    static Path tmp;

    @AfterAll
    static void writeFigures() throws IOException {
        Files.write(Path.of("target", "view-benchmark.txt"), LINES, StandardCharsets.UTF_8);
    }

    @Test
    void pythonClassroom_40Boards_30s() throws Exception {
        Scenario s = ScenarioLoader.load(LESSONS.resolve("udp-classroom-python.yaml"));
        measure("classroom-python-40", s);
    }

    @Test
    void lossyWifi_10Minutes() throws Exception {
        Scenario s = ScenarioLoader.load(LESSONS.resolve("10.4-udp-lossy-wifi.yaml"),
                Overrides.NONE.withDuration("10min"));
        measure("10.4-lossy-wifi-10min", s);
    }

    @Test
    void udpFlood_500Boards() throws Exception {
        Path yaml = tmp.resolve("udp-flood-500.yaml");
        Files.writeString(yaml, FLOOD);
        Scenario s = ScenarioLoader.load(yaml, Overrides.NONE, Bounds.CLASSROOM);
        String line = measure("udp-flood-500", s);
        assertTrue(line.contains(" window=yes"), "a 500-board flood is too large to embed whole: " + line);
        String note = browser.driver.findElement(By.cssSelector(".window-note")).getText();
        assertTrue(note.startsWith("This view shows the first "), note);
    }

    /**
     * {@code udpsim serve} in the browser: the loss slider moved as a teacher moves it, and the time the page
     * itself reports from the change to the new run drawn ({@code data-ms} of the controls, which
     * {@code serve.js} measures around the request, the new data's reading and its first drawing), once warm.
     */
    @Test
    void serve_fromAChangedControlToTheNewRunShown() throws Exception {
        for (String lesson : List.of("10.4-udp-lossy-wifi.yaml", "10.4-udp-burst-loss.yaml",
                "10.4-udp-receiver-overload.yaml", "udp-vs-tcp.yaml")) {
            try (WhatIfServer server = ServeCommand.start(LESSONS.resolve(lesson), 0, Labels.of(Lang.EN),
                    new PrintWriter(new StringWriter()))) {
                browser.driver.get(server.uri().toString());
                List<Double> ms = new ArrayList<>();
                int warmups = 5;
                for (int i = 0; i < warmups + 20; i++) {
                    browser.driver.executeScript("var s = document.querySelector(\"input[data-for*='|loss|']\");"
                            + "s.value = String(arguments[0]); s.dispatchEvent(new Event('input'));", 5 + 10 * (i % 4));
                    String run = String.valueOf(i + 2);
                    new WebDriverWait(browser.driver, Duration.ofSeconds(120)).until(d -> {
                        WebElement a = d.findElement(By.id("what-if"));
                        return run.equals(a.getAttribute("data-run")) && "shown".equals(a.getAttribute("data-state"));
                    });
                    if (i >= warmups) {
                        ms.add(Double.parseDouble(browser.driver.findElement(By.id("what-if")).getAttribute("data-ms")));
                    }
                }
                assertEquals(List.of(), browser.consoleErrors());
                List<Double> sorted = ms.stream().sorted().toList();
                String line = String.format(Locale.ROOT, "serve=%s changes=%d min_ms=%.0f median_ms=%.0f max_ms=%.0f"
                                + " load_avg=%.1f", lesson, ms.size(), sorted.get(0),
                        (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2,
                        sorted.get(sorted.size() - 1),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                System.out.println(line);
                LINES.add(line);
            }
        }
    }

    /**
     * 500 boards each sending a 64-byte datagram every 100 ms to one board, over one access point, from when they
     * have joined its WiFi (2.5 to 5.5 s).
     */
    static final String FLOOD = """
            name: "A 500-board UDP flood"
            seed: 1
            duration: 15s
            network:
              routers:
                gateway: {}
              access_points:
                classroom:
                  ssid: ssid
                  password: password
                  subnet: 10.0.0.0/22
                  uplink: gateway
            boards:
              server: {program: udp-sink, ip: 10.0.0.3, args: {port: 9}}
              flood:
                count: 500
                program: udp-sender
                args: {to: "10.0.0.3:9", every: 100ms, size: 64}
            """;

    private String measure(String name, Scenario scenario) throws Exception {
        Path run = tmp.resolve(name);
        long t0 = System.nanoTime();
        ScenarioRun.run(scenario, run, ScenarioRun.Options.plain(scenario));
        long runMs = (System.nanoTime() - t0) / 1_000_000;
        long w0 = System.nanoTime();
        Path page = ViewPage.write(run, run.resolve(ViewPage.FILE), Lang.EN);
        long writeMs = (System.nanoTime() - w0) / 1_000_000;
        long kb = Files.size(page) / 1024;

        browser.driver.get("about:blank");
        browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        browser.driver.get(page.toAbsolutePath().toUri().toString());
        double loadMs = ((Number) browser.driver.executeScript(
                "return performance.getEntriesByType('navigation')[0].loadEventEnd")).doubleValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) browser.driver.executeScript(
                "var d = JSON.parse(document.getElementById('udpsim-run').textContent), n = 0, w = false;"
                        + "d.runs.forEach(function (r) { n += r.packets.length; w = w || !!r.window; });"
                        + "return {packets: n, window: w, elements: document.querySelectorAll('*').length};");
        StringBuilder fps = new StringBuilder();
        for (String speed : List.of("1", "10", "100")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>) browser.driver.executeAsyncScript(FPS, speed, PLAY_MS);
            fps.append(String.format(Locale.ROOT, " fps_%sx=%.0f worst_%sx_ms=%.0f", speed,
                    ((Number) f.get("fps")).doubleValue(), speed, ((Number) f.get("worst")).doubleValue()));
            if (((Number) f.get("ms")).doubleValue() < PLAY_MS * 0.9) {
                fps.append(String.format(Locale.ROOT, " played_%sx_ms=%.0f", speed,
                        ((Number) f.get("ms")).doubleValue()));
            }
        }
        assertEquals(List.of(), browser.consoleErrors());
        String line = String.format(Locale.ROOT, "view=%s run_ms=%d write_ms=%d page_kb=%d packets=%s window=%s"
                        + " elements=%s load_ms=%.0f%s load_avg=%.1f", name, runMs, writeMs, kb, facts.get("packets"),
                Boolean.TRUE.equals(facts.get("window")) ? "yes" : "no", facts.get("elements"), loadMs, fps,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println(line);
        LINES.add(line);
        return line;
    }

    /**
     * Plays the page at a speed, counts requestAnimationFrame callbacks while it plays, for a while or until the run
     * ends, pauses, and answers the frames per second, the longest gap between two callbacks and the milliseconds
     * counted (arguments: speed, milliseconds). It plays from the middle of the packets shown, or early enough to
     * play that long before the end.
     */
    private static final String FPS = """
            var speed = Number(arguments[0]), span = arguments[1], done = arguments[2];
            var d = JSON.parse(document.getElementById('udpsim-run').textContent), packets = d.runs[0].packets;
            var end = Math.max.apply(null, d.runs.map(function (r) { return r.duration; }));
            var from = Math.max(0, Math.min(packets[Math.floor(packets.length / 2)].t0 - speed * span * 5e5,
                                            end - speed * span * 1e6));
            var sel = document.getElementById('speed'), play = document.getElementById('play');
            sel.value = String(speed);
            sel.dispatchEvent(new Event('change'));
            udpsimView.pause();
            udpsimView.seek(from);
            udpsimView.play();
            var n = 0, start = null, last = null, worst = 0;
            function count(t) {
              if (start === null) { start = t; last = t; requestAnimationFrame(count); return; }
              n++;
              worst = Math.max(worst, t - last);
              last = t;
              if (t - start < span && udpsimView.time() < end) { requestAnimationFrame(count); return; }
              udpsimView.pause();
              done({fps: n * 1000 / (t - start), worst: worst, ms: t - start});
            }
            requestAnimationFrame(count);
            """;
}
