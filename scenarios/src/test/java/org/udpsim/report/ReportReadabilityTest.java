package org.udpsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.udpsim.reports.report.FilmStrip;
import org.udpsim.run.LessonRuns;

/**
 * Every shipped lesson's report as a class sees it projected, in headless Chromium at 1280 px wide: every text in
 * a picture at least 14 px high, the network picture's texts inside their boxes and its hop labels clear of each
 * other and of the boxes, every board's film in the page, and a comparison's teaching points judged and its
 * messages table shown.
 */
class ReportReadabilityTest extends InBrowser {
    /** The smallest text a class reads from the back of the room, in CSS px at 1280 px wide. */
    static final double MIN_TEXT_PX = 14;

    @TestFactory
    Stream<DynamicTest> everyLessonsReport_readsFromTheBackOfTheRoom() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path lesson : LessonRuns.lessonFiles()) {
            tests.add(DynamicTest.dynamicTest(lesson.getFileName().toString(), () -> check(LessonRuns.of(lesson))));
        }
        return tests.stream();
    }

    private static void check(Path run) throws IOException {
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        browser.driver.get(run.resolve("report.html").toAbsolutePath().toUri().toString());
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) browser.driver.executeScript("""
                const out = [];
                for (const t of document.querySelectorAll('figure svg text')) {
                  if (!t.textContent.trim()) continue;
                  const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
                  if (px < arguments[0]) out.push(t.closest('svg').id + ' ' + px.toFixed(1) + 'px: ' + t.textContent);
                }
                return out;""", MIN_TEXT_PX);
        assertEquals(List.of(), small, run + ": texts smaller than " + MIN_TEXT_PX + " px");
        @SuppressWarnings("unchecked")
        List<String> overlaps = (List<String>) browser.driver.executeScript("""
                const out = [];
                for (const svg of document.querySelectorAll('figure.chart svg')) {
                  const boxes = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim())
                      .map(t => [t, t.getBoundingClientRect()]);
                  for (let i = 0; i < boxes.length; i++) {
                    for (let j = i + 1; j < boxes.length; j++) {
                      const a = boxes[i][1], b = boxes[j][1];
                      // 2 px of slack: glyph boxes include the line's leading
                      if (a.left < b.right - 2 && b.left < a.right - 2 && a.top < b.bottom - 2 && b.top < a.bottom - 2) {
                        out.push(svg.id + ': ' + boxes[i][0].textContent + ' / ' + boxes[j][0].textContent);
                      }
                    }
                  }
                }
                return out;""");
        assertEquals(List.of(), overlaps, run + ": texts drawn over each other");
        @SuppressWarnings("unchecked")
        List<String> spills = (List<String>) browser.driver.executeScript("""
                const out = [];
                const svg = document.querySelector('svg.topology');
                const rects = [...svg.querySelectorAll('rect.node')].map(r => r.getBBox());
                const inside = (b, r) => b.x >= r.x - 1 && b.x + b.width <= r.x + r.width + 1
                    && b.y >= r.y - 1 && b.y + b.height <= r.y + r.height + 1;
                const meet = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height
                    && b.y < a.y + a.height;
                for (const t of svg.querySelectorAll('text.name, text.detail')) {
                  if (!t.textContent.trim()) continue;
                  const b = t.getBBox();
                  if (!rects.some(r => inside(b, r))) out.push('outside its box: ' + t.textContent);
                }
                const hops = [...svg.querySelectorAll('text.hop')];
                hops.forEach((t, i) => {
                  const b = t.getBBox();
                  if (rects.some(r => meet(b, r))) out.push('on a box: ' + t.textContent);
                  hops.slice(i + 1).forEach(u => { if (meet(b, u.getBBox())) out.push('on another label: '
                      + t.textContent + ' / ' + u.textContent); });
                });
                return out;""");
        assertEquals(List.of(), spills, run + ": the network picture");
        JsonNode summary = new ObjectMapper().readTree(run.resolve("summary.json").toFile());
        if (summary.path("compare").isArray()) {
            assertFalse(browser.driver.findElements(By.cssSelector("table.comparison")).isEmpty(),
                    "the messages side by side");
            assertTrue(browser.driver.findElements(By.cssSelector("#points .result.pending")).isEmpty(),
                    "a comparison's teaching points are judged in its report");
            assertFalse(browser.driver.findElements(By.cssSelector("#points .result.pass")).isEmpty());
        }
        long udpFlows = 0;
        for (JsonNode f : summary.path("flows")) {
            udpFlows += f.path("protocol").asText().equals("udp") && !summary.path("compare").isArray() ? 1 : 0;
        }
        if (udpFlows > org.udpsim.reports.data.FlowChoice.MAX_SHOWN) {
            String charts = browser.driver.findElement(By.id("charts")).getText();
            assertTrue(charts.contains("Not shown (" + (udpFlows - 1) + ")") && charts.contains("--flow"),
                    "a chart of one flow of many says so and how to pick another: " + charts.substring(0, 300));
        }
        List<WebElement> strips = browser.driver.findElements(By.cssSelector("#filmstrip figure.strip"));
        for (WebElement strip : strips) {
            WebElement gif = strip.findElement(By.cssSelector("img.oled-gif"));
            assertTrue(((Number) browser.driver.executeScript("return arguments[0].naturalWidth", gif)).intValue()
                    > 0, "the board's GIF shows in the page");
        }
        for (Path frames : framesOf(run)) {
            long n = Files.readAllLines(frames).stream().filter(l -> !l.isBlank()).count();
            if (n > FilmStrip.MAX_FRAMES) {
                assertTrue(browser.driver.findElement(By.id("filmstrip")).getText().contains("the first "
                        + FilmStrip.MAX_FRAMES + " of " + n + " frames"), "the page says the strip leaves frames out");
            }
        }
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static List<Path> framesOf(Path run) throws IOException {
        Path oled = run.resolve("oled");
        if (!Files.isDirectory(oled)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(oled)) {
            return s.map(d -> d.resolve("frames.jsonl")).filter(Files::isRegularFile).sorted().toList();
        }
    }
}
