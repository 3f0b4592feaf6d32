package org.udpsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.udpsim.report.ViewInBrowserTest.hash;
import static org.udpsim.report.ViewInBrowserTest.open;
import static org.udpsim.report.ViewInBrowserTest.seconds;
import static org.udpsim.report.ViewInBrowserTest.shownTime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.view.ViewPage;
import org.udpsim.run.LessonRuns;

/**
 * {@code view.html} as a teacher drives it, for the shared lesson runs: the speed control from 1/1000× to 100× sets
 * how fast the shown time goes; space plays and pauses, the arrow keys step from event to event; the address holds
 * the time shown and a page opened or sent to {@code #t=SECONDS} shows that time; the Chinese page speaks Chinese;
 * and a picture too full to draw says how many packets it left out. After each test the page asked the network for
 * nothing and logged no error.
 */
class ViewPlayingInBrowserTest extends InBrowser {
    private static final Path LOSSY = Path.of("lessons", "10.4-udp-lossy-wifi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @AfterEach
    void noErrorAndNoRequest() {
        ViewInBrowserTest.assertNoErrorAndNoRequest();
    }

    @Test
    void theSpeedControl_spansAThousandthTo100x_andSetsHowFastTheShownTimeGoes() {
        open(LessonRuns.of(LOSSY).resolve(ViewPage.FILE), "1");
        List<WebElement> options = browser.driver.findElements(By.cssSelector("#speed option"));
        assertEquals(List.of("0.001", "0.01", "0.1", "0.25", "0.5", "1", "2", "5", "10", "100"),
                options.stream().map(o -> o.getAttribute("value")).toList());
        assertEquals("1/1000×", options.get(0).getText());
        assertEquals("100×", options.get(options.size() - 1).getText());
        assertEquals("1", browser.driver.findElement(By.id("speed")).getAttribute("value"), "1× to begin with");
        for (String speed : List.of("0.001", "1", "100")) {
            browser.driver.findElement(By.cssSelector("#speed option[value='" + speed + "']")).click();
            double rate = simulatedPerWallNanosecond();
            assertEquals(Double.parseDouble(speed), rate, Double.parseDouble(speed) * 0.01, "at " + speed + "×");
        }
    }

    /**
     * Plays from 1 s and measures the shown time against the frames' own clock: the simulated nanoseconds that pass
     * per nanosecond of the animation frames' timestamps, between two frames 150 ms or more apart.
     */
    private static double simulatedPerWallNanosecond() {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) browser.driver.executeAsyncScript("""
                var done = arguments[0], first = null;
                udpsimView.pause();
                udpsimView.seek(1e9);
                udpsimView.play();
                // registered after the page's own frame callback: each runs once the page has moved its time on
                function frame(ts) {
                  if (first === null) { first = [ts, udpsimView.time()]; }
                  if (ts - first[0] < 150) { requestAnimationFrame(frame); return; }
                  var t = udpsimView.time();
                  udpsimView.pause();
                  done({sim: t - first[1], wall: (ts - first[0]) * 1e6});
                }
                requestAnimationFrame(function () { requestAnimationFrame(frame); });
                """);
        return ((Number) m.get("sim")).doubleValue() / ((Number) m.get("wall")).doubleValue();
    }

    @Test
    void space_playsAndPauses_andTheArrowKeysStepFromEventToEvent() throws Exception {
        Path run = LessonRuns.of(LOSSY);
        open(run.resolve(ViewPage.FILE), "5");
        List<Long> times = ViewInBrowserTest.eventTimes(run);
        long start = shownTime();
        assertEquals(5_000_000_000L, start);
        new Actions(browser.driver).sendKeys(" ").perform();
        Thread.sleep(300);
        new Actions(browser.driver).sendKeys(" ").perform();
        long paused = shownTime();
        assertTrue(paused > start, "space played: " + start + " -> " + paused);
        Thread.sleep(200);
        assertEquals(paused, shownTime(), "space paused");
        assertEquals("#t=" + seconds(paused), hash(), "paused, the address holds the time shown");

        long next = times.stream().filter(t -> t > paused).findFirst().orElseThrow();
        new Actions(browser.driver).sendKeys(Keys.ARROW_RIGHT).perform();
        assertEquals(next, shownTime(), "→: the next event");
        long after = times.stream().filter(t -> t > next).findFirst().orElseThrow();
        new Actions(browser.driver).sendKeys(Keys.ARROW_RIGHT).perform();
        assertEquals(after, shownTime());
        new Actions(browser.driver).sendKeys(Keys.ARROW_LEFT).sendKeys(Keys.ARROW_LEFT).perform();
        long before = times.stream().filter(t -> t < next).reduce((a, b) -> b).orElseThrow();
        assertEquals(before, shownTime(), "← ←: two events back");
        new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT).keyUp(Keys.SHIFT).perform();
        assertEquals(before + 1_000_000, shownTime(), "shift →: 1 ms on");
        assertEquals("#t=" + seconds(before + 1_000_000), hash());
    }

    @Test
    void theAddress_holdsTheTimeShown_andAFragmentShowsItsTime() {
        Path page = LessonRuns.of(LOSSY).resolve(ViewPage.FILE);
        open(page, "12.5");
        assertEquals(12_500_000_000L, shownTime(), "opened at #t=12.5");
        assertEquals("t = 12.500000000 s", browser.driver.findElement(By.id("clock")).getText());
        browser.driver.executeScript("location.hash = '#t=3.25'");
        assertEquals(3_250_000_000L, shownTime(), "a bookmark followed on the open page");
        open(page, "999");
        assertEquals(30_000_000_000L, shownTime(), "a time past the end shows the end");
        browser.driver.executeScript("var s = document.getElementById('scrub'); s.value = '7000000';"
                + "s.dispatchEvent(new Event('input'));");
        String bookmark = hash();
        assertEquals("#t=7.000000000", bookmark);
        open(page, bookmark.substring("#t=".length()));
        assertEquals(7_000_000_000L, shownTime(), "the address opened again shows the same moment");
    }

    @Test
    void theChinesePage_showsChineseLabels() throws Exception {
        Path run = LessonRuns.of(LOSSY);
        Path page = ViewPage.write(run, tmp.resolve("view-zh.html"), Lang.ZH);
        open(page, null);
        Labels zh = Labels.of(Lang.ZH);
        assertEquals("zh", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(zh.get("view.speed"), browser.driver.findElement(By.id("speed-label")).getText());
        assertEquals("速度", zh.get("view.speed"));
        assertEquals(zh.get("view.play"), browser.driver.findElement(By.id("play")).getAttribute("title"));
        assertEquals(zh.get("view.keys"), browser.driver.findElement(By.id("keys")).getText());
        assertEquals(zh.get("view.report"), browser.driver.findElement(By.id("report-link")).getText());
        for (int i = 0; i < 200 && browser.driver.findElements(By.cssSelector("g.packet")).isEmpty(); i++) {
            browser.driver.findElement(By.id("next")).click();
        }
        WebElement mark = browser.driver.findElement(By.cssSelector("g.packet"));
        browser.driver.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", mark);
        WebElement panel = browser.driver.findElement(By.id("packet-panel"));
        assertTrue(panel.getText().contains(zh.get("view.fate")), panel.getText());
        assertTrue(panel.getText().contains(zh.get("view.ipv4")), panel.getText());
        assertTrue(panel.findElement(By.cssSelector("ol.fate li")).getText().contains("由 client 发送"),
                panel.findElement(By.cssSelector("ol.fate li")).getText());
    }

    /**
     * The picture in the README ({@code docs/view-10.4-lossy-wifi.png} is a copy of the screenshot kept in
     * {@code target/view-screenshots/} as a build artifact): lesson 10.4 over the lossy WiFi at the first moment a datagram that overtook
     * another is on its way while a lost one's cross is still up, once the server has received some: its OLED shows
     * the last it received.
     */
    @Test
    void theReadmesMoment_showsADatagramThatOvertook_aLostOne_andTheServersOled() throws Exception {
        Path run = LessonRuns.of(LOSSY);
        String moment = null;
        for (String line : Files.readAllLines(run.resolve("trace.jsonl"))) {
            JsonNode r = JSON.readTree(line);
            if (!r.path("type").asText().equals("reorder")) {
                continue;
            }
            // a few microseconds before it overtakes on the radio hop: on its way, beside the delayed ones
            open(run.resolve(ViewPage.FILE), seconds(ViewInBrowserTest.nanos(r.get("t")) - 20_000));
            if (!browser.driver.findElements(By.cssSelector("g.packet circle.overtook")).isEmpty()
                    && !browser.driver.findElements(By.cssSelector("g.packet g.drop")).isEmpty()
                    && browser.driver.findElements(By.cssSelector("g.packet circle.pkt")).size() >= 2
                    && serverConsole().contains("received:")) {
                moment = hash();
                break;
            }
        }
        assertTrue(moment != null, "a moment with a datagram overtaking, another delayed and a lost one, once the"
                + " server has received some");
        assertEquals(Labels.of(Lang.EN).reason("radio", 0),
                browser.driver.findElement(By.cssSelector("g.packet g.drop text")).getText());
        assertTrue(!browser.driver.findElement(By.cssSelector(".board[data-board='server'] canvas"))
                .getAttribute("data-frame").isEmpty(), "the server's OLED shows a frame");
        screenshot("10.4-udp-lossy-wifi", ".boards");
    }

    private static String serverConsole() {
        return browser.driver.findElement(By.cssSelector(".board[data-board='server'] pre.console")).getText();
    }

    /**
     * Keeps a screenshot of the page 1280 px wide, down to just below {@code lastSelector}, in
     * {@code target/view-screenshots/NAME.png}.
     */
    static void screenshot(String name, String lastSelector) throws java.io.IOException {
        Dimension size = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new Dimension(1280, 1300));
            WebElement last = browser.driver.findElement(By.cssSelector(lastSelector));
            int bottom = last.getLocation().getY() + last.getSize().getHeight() + 12;
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(
                    browser.driver.getScreenshotAs(OutputType.BYTES)));
            Path out = Path.of("target", "view-screenshots", name + ".png");
            Files.createDirectories(out.getParent());
            ImageIO.write(shot.getSubimage(0, 0, shot.getWidth(), Math.min(bottom, shot.getHeight())), "png",
                    out.toFile());
        } finally {
            browser.driver.manage().window().setSize(size);
        }
    }

    @Test
    void aPictureTooFullToDraw_drawsTheLatest_andSaysHowManyItLeftOut() {
        open(LessonRuns.of(LOSSY).resolve(ViewPage.FILE), null);
        long marks = 0;
        for (int i = 0; i < 2000 && marks < 3; i++) {
            browser.driver.findElement(By.id("next")).click();
            marks = (Long) browser.driver.executeScript("return document.querySelectorAll('g.packet').length");
        }
        assertTrue(marks >= 3, "a moment with three packets drawn");
        assertEquals("", browser.driver.findElement(By.cssSelector("text.thinned")).getText());
        browser.driver.executeScript("udpsimView.marks(40, 1)");
        assertEquals(1L, browser.driver.executeScript("return document.querySelectorAll('g.packet').length"));
        assertEquals(Labels.of(Lang.EN).get("view.thinned", marks - 1, 40, 1),
                browser.driver.findElement(By.cssSelector("text.thinned")).getText());
        browser.driver.executeScript("udpsimView.marks(40, 200)");
        assertEquals(marks, browser.driver.executeScript("return document.querySelectorAll('g.packet').length"));
        assertEquals("", browser.driver.findElement(By.cssSelector("text.thinned")).getText());
    }
}
