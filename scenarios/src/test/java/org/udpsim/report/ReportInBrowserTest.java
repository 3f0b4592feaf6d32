package org.udpsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.text.ReportOptions;
import org.udpsim.reports.report.RunReport;
import org.udpsim.run.LessonRuns;
import org.udpsim.run.ScenarioRun;
import org.udpsim.scenario.ScenarioLoader;

/**
 * The report as a browser shows it: headless Chromium opens {@code report.html} from disk, every chart and picture
 * has a size, the console has no error, and a lesson program's text is shown as text, never run. A screenshot of
 * each page is kept in {@code target/report-screenshots/} as a build artifact.
 */
class ReportInBrowserTest extends InBrowser {
    static final Path SCREENSHOTS = Path.of("target", "report-screenshots");

    @TempDir
    Path tmp;

    @Test
    void lossyWifiReport_everyChartRenders_noConsoleError() throws IOException {
        Path run = LessonRuns.of(Path.of("lessons", "10.4-udp-lossy-wifi.yaml")); // run with its report
        open(run.resolve("report.html"));
        List<WebElement> svgs = browser.driver.findElements(By.cssSelector("figure svg"));
        // topology, the UDP ladder, five charts, the server's filmstrip
        assertEquals(8, svgs.size());
        for (WebElement svg : svgs) {
            assertTrue(svg.getSize().getWidth() > 300 && svg.getSize().getHeight() > 100,
                    svg.getAttribute("id") + " " + svg.getSize());
        }
        assertTrue(browser.driver.findElements(By.cssSelector("svg#chart-ladder-udp text")).size() > 10);
        assertFalse(browser.driver.findElement(By.id("chart-drops")).getText().isBlank());
        assertEquals(List.of(), browser.consoleErrors());
        screenshot("10.4-udp-lossy-wifi");
    }

    @Test
    void chineseReport_labelsInChinese_noConsoleError() throws IOException {
        Path run = LessonRuns.of(Path.of("lessons", "10.4-udp-zh.yaml"));
        Path copy = tmp.resolve("zh");
        copyTree(run, copy);
        RunReport.write(copy, new ReportOptions(Lang.ZH, null));
        open(copy.resolve("report.html"));
        assertEquals("zh", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.driver.findElement(By.id("chart-arrival-order")).getText().contains("到达顺序"));
        assertEquals("10.4 套接字 – UDP：用中文收发消息", browser.driver.findElement(By.tagName("h1")).getText());
        for (WebElement svg : browser.driver.findElements(By.cssSelector("figure svg"))) {
            assertTrue(svg.getSize().getWidth() > 300 && svg.getSize().getHeight() > 100);
        }
        assertEquals(List.of(), browser.consoleErrors());
        screenshot("10.4-udp-zh");
    }

    /**
     * On a machine with no CJK font (this one), the page's Chinese is drawn from the font it embeds: two ideographs
     * of its title, of a heading and of a chart's title are drawn differently from each other and from a character
     * no font has (the missing-glyph box).
     */
    @Test
    void chineseReport_noCjkFontOnTheMachine_ideographsDrawnFromTheEmbeddedFont() throws IOException {
        Path run = LessonRuns.of(Path.of("lessons", "10.4-udp-zh.yaml"));
        Path copy = tmp.resolve("zh-glyphs");
        copyTree(run, copy);
        RunReport.write(copy, new ReportOptions(Lang.ZH, null));
        open(copy.resolve("report.html"));
        browser.driver.executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1])");
        assertEquals("loaded", browser.driver.executeScript("return [...document.fonts]"
                + ".filter(f => f.family.replace(/[\"']/g, '') === 'udpsim CJK Sans').map(f => f.status).join()"));
        for (String where : List.of("h1", "h2", "svg#chart-arrival-order text", "#console pre")) {
            WebElement at = browser.driver.findElement(By.cssSelector(where));
            String latin = where.endsWith("pre") ? "'DejaVu Sans Mono'" : "'DejaVu Sans'";
            // as the page draws it, and drawn with the two fonts alone: the same picture, so no character fell
            // through to another font (Chromium, given the CJK font after DejaVu Sans and Arial, drew some runs as
            // boxes)
            byte[] page = at.getScreenshotAs(OutputType.BYTES);
            browser.driver.executeScript("arguments[0].style.fontFamily = arguments[1]", at,
                    "'udpsim CJK Sans', " + latin);
            assertTrue(java.util.Arrays.equals(page, at.getScreenshotAs(OutputType.BYTES)),
                    where + ": not drawn with the embedded CJK font and " + latin);
            // one character at a time, where the text is: two ideographs differ, and neither is the box
            List<byte[]> drawn = new java.util.ArrayList<>();
            for (String c : List.of("收", "到", "\uE000")) {
                browser.driver.executeScript("arguments[0].textContent = arguments[1]", at, c);
                drawn.add(at.getScreenshotAs(OutputType.BYTES));
            }
            assertFalse(java.util.Arrays.equals(drawn.get(0), drawn.get(1)), where + ": 收 and 到 are drawn alike");
            assertFalse(java.util.Arrays.equals(drawn.get(0), drawn.get(2)), where + ": 收 is drawn as the missing-glyph box");
            assertFalse(java.util.Arrays.equals(drawn.get(1), drawn.get(2)), where + ": 到 is drawn as the missing-glyph box");
        }
    }

    @Test
    void programPrintsAScriptTag_reportShowsItAsText() throws IOException {
        String script = "<script>alert(1)</script>";
        Path yaml = tmp.resolve("xss.yaml");
        Files.writeString(yaml, """
                name: "<b>bold</b> & <script>alert(2)</script>"
                seed: 1
                duration: 8s
                network:
                  routers:
                    gateway: {}
                  access_points:
                    classroom:
                      ssid: "%s"
                      password: password
                      subnet: 192.168.0.0/24
                      uplink: gateway
                boards:
                  server: {program: java:udp-server, ip: 192.168.0.3}
                  client: {program: java:udp-client, start: 1s}
                """.formatted(script), StandardCharsets.UTF_8);
        Path run = tmp.resolve("xss-run");
        ScenarioRun.run(ScenarioLoader.load(yaml), run, new ScenarioRun.Options("udpsim run xss.yaml",
                ReportOptions.DEFAULT));
        assertTrue(Files.readString(run.resolve("console/client.txt")).contains(script),
                "the lesson program printed the SSID it joined");
        open(run.resolve("report.html"));
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
        String text = browser.driver.findElement(By.id("console")).getText();
        assertTrue(text.contains(script), text);
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains("<b>bold</b>"));
        assertEquals(0L, browser.driver.executeScript("return document.querySelectorAll('script, b').length"));
        assertEquals(List.of(), browser.consoleErrors());
        screenshot("script-as-text");
    }

    private static void open(Path page) {
        browser.driver.manage().window().setSize(new Dimension(1400, 1000));
        browser.driver.get(page.toAbsolutePath().toUri().toString());
    }

    private static void screenshot(String name) throws IOException {
        Object height = browser.driver.executeScript("return document.documentElement.scrollHeight");
        int h = (int) Math.min(16000, ((Number) height).longValue());
        browser.driver.manage().window().setSize(new Dimension(1400, Math.max(h, 600)));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.driver.getScreenshotAs(OutputType.BYTES));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
