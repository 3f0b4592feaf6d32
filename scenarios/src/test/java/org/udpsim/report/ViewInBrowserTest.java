package org.udpsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.view.ViewPage;
import org.udpsim.run.LessonRuns;

/**
 * {@code view.html} as the browser plays it, for the shared lesson runs: the shown time moves with play, step and
 * the scrubber; at a chosen time each OLED canvas holds exactly the frame the board showed then and each console
 * exactly the lines printed by then; a drop is drawn at its place with its reason; a comparison plays both runs on
 * one clock; and after each test the page asked the network for nothing and logged no error.
 */
class ViewInBrowserTest extends InBrowser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LOSSY = Path.of("lessons", "10.4-udp-lossy-wifi.yaml");

    @TempDir
    Path tmp;

    @AfterEach
    void noErrorAndNoRequest() {
        assertNoErrorAndNoRequest();
    }

    /** The page shown asked the network for nothing, opened from file://, and logged no error. */
    static void assertNoErrorAndNoRequest() {
        Object resources = browser.driver.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        assertEquals(List.of(), resources, "the page asked for resources");
        Object navigation = browser.driver.executeScript("return location.protocol");
        assertEquals("file:", navigation);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void playStepAndScrub_changeTheShownTime_andTheAddress() throws Exception {
        Path run = LessonRuns.of(LOSSY);
        open(run.resolve(ViewPage.FILE), null);
        assertEquals(0, shownTime());
        List<Long> times = eventTimes(run);
        browser.driver.findElement(By.id("next")).click();
        assertEquals(times.get(0), shownTime());
        new Actions(browser.driver).sendKeys(Keys.ARROW_RIGHT).perform();
        assertEquals(times.get(1), shownTime());
        new Actions(browser.driver).sendKeys(Keys.ARROW_LEFT).perform();
        assertEquals(times.get(0), shownTime());
        assertTrue(hash().endsWith("t=" + seconds(times.get(0))), hash());

        browser.driver.executeScript("var s = document.getElementById('scrub'); s.value = '12000000';"
                + "s.dispatchEvent(new Event('input'));");
        assertEquals(12_000_000_000L, shownTime());
        assertEquals("#t=12.000000000", hash());

        browser.driver.findElement(By.cssSelector("#speed option[value='10']")).click();
        long before = shownTime();
        browser.driver.findElement(By.id("play")).click();
        Thread.sleep(400);
        new Actions(browser.driver).sendKeys(" ").perform();
        long after = shownTime();
        assertTrue(after > before + 1_000_000_000L, before + " -> " + after);
        Thread.sleep(100);
        assertEquals(after, shownTime(), "paused");
    }

    @Test
    void atAChosenTime_theOledHoldsTheFrameShownThen_andTheConsoleTheLinesPrintedByThen() throws Exception {
        Path run = LessonRuns.of(LOSSY);
        Path board = run.resolve("oled").resolve("server");
        List<JsonNode> frames = new ArrayList<>();
        for (String line : Files.readAllLines(board.resolve("frames.jsonl"))) {
            frames.add(JSON.readTree(line));
        }
        assertTrue(frames.size() > 6);
        JsonNode frame = frames.get(5);
        long shown = nanos(frame.get("time"));
        long between = (shown + nanos(frames.get(6).get("time"))) / 2;
        open(run.resolve(ViewPage.FILE), seconds(between));
        assertEquals(between, shownTime());
        WebElement canvas = browser.driver.findElement(By.cssSelector(".board[data-board='server'] canvas"));
        assertEquals(frame.get("index").asText(), canvas.getAttribute("data-frame"));
        assertEquals(litPixels(board.resolve(String.format("frame-%04d.png", frame.get("index").asInt()))),
                canvasPixels("server"));
        open(run.resolve(ViewPage.FILE), seconds(shown - 1));
        assertEquals(litPixels(board.resolve(String.format("frame-%04d.png", frames.get(4).get("index").asInt()))),
                canvasPixels("server"));

        List<String> console = Files.readAllLines(run.resolve("console").resolve("server.txt"));
        int printed = 0;
        for (String line : Files.readAllLines(run.resolve("trace.jsonl"))) {
            JsonNode r = JSON.readTree(line);
            if (r.path("type").asText().equals("print") && r.path("board").asText().equals("server")
                    && nanos(r.get("t")) <= between) {
                printed++;
            }
        }
        open(run.resolve(ViewPage.FILE), seconds(between));
        assertTrue(printed > 3 && printed < console.size(), printed + " of " + console.size());
        List<String> expected = console.subList(0, printed).stream()
                .map(l -> l.replaceFirst("^\\[\\s*[0-9.]+ ms\\] ", "")).toList();
        String pre = (String) browser.driver.executeScript(
                "return document.querySelector(\".board[data-board='server'] pre.console\").textContent");
        assertEquals(expected, List.of(pre.split("\n", -1)));
    }

    @Test
    void aDroppedPacket_isDrawnWhereItDied_withItsReason_andItsPanelSaysSo() throws Exception {
        Path run = LessonRuns.of(LOSSY);
        JsonNode drop = null;
        for (String line : Files.readAllLines(run.resolve("trace.jsonl"))) {
            JsonNode r = JSON.readTree(line);
            if (r.path("type").asText().equals("drop")) {
                drop = r;
                break;
            }
        }
        assertNotNull(drop);
        String words = Labels.of(Lang.EN).reason(drop.get("reason").asText(), 0); // the lesson's radio never retries
        open(run.resolve(ViewPage.FILE), seconds(nanos(drop.get("t"))));
        WebElement mark = browser.driver.findElement(
                By.cssSelector("g.packet[data-id='" + drop.get("id").asText() + "'] g.drop"));
        assertEquals(drop.get("at").asText(), mark.getAttribute("data-place"));
        assertEquals(words, mark.getText());
        mark.findElement(By.tagName("text")).click();
        WebElement panel = browser.driver.findElement(By.id("packet-panel"));
        assertTrue(panel.isDisplayed());
        String fate = panel.findElement(By.cssSelector("li.drop")).getText();
        assertTrue(fate.contains(drop.get("at").asText()) && fate.endsWith(words), fate);
        assertEquals(drop.get("src").asText().split(":")[0],
                panel.findElement(By.cssSelector("tr[data-field='ip.src'] td")).getText());
        assertEquals(drop.get("len").asText(),
                panel.findElement(By.cssSelector("tr[data-field='ip.length'] td")).getText());
        assertEquals(drop.get("src").asText().split(":")[1] + " → " + drop.get("dst").asText().split(":")[1],
                panel.findElement(By.cssSelector("tr[data-field='udp.ports'] td")).getText());
    }

    @Test
    void aComparison_playsUdpAndTcp_sideBySide_onOneClock() throws Exception {
        Path cmp = LessonRuns.of(Path.of("lessons", "udp-vs-tcp.yaml"));
        long udp = firstSent(cmp.resolve("udp"));
        long tcp = firstSent(cmp.resolve("tcp"));
        open(cmp.resolve(ViewPage.FILE), seconds(tcp));
        assertEquals(1, browser.driver.findElements(By.id("clock")).size());
        assertEquals(2, browser.driver.findElements(By.cssSelector("section.run")).size());
        WebElement u = browser.driver.findElement(By.id("run-udp"));
        WebElement t = browser.driver.findElement(By.id("run-tcp"));
        assertTrue(u.getLocation().getY() == t.getLocation().getY() && u.getLocation().getX() < t.getLocation().getX(),
                "side by side");
        assertEquals(tcp, shownTime());
        assertTrue(!t.findElements(By.cssSelector("g.packet")).isEmpty(), "a TCP packet on its way at " + tcp);
        browser.driver.executeScript("udpsimView.seek(arguments[0])", udp);
        assertTrue(!u.findElements(By.cssSelector("g.packet")).isEmpty(), "a UDP packet on its way at " + udp);
        assertEquals(2, browser.driver.findElements(By.cssSelector("#timeline-svg text.row-name")).size());
    }

    @Test
    void aPrintedScript_isShownAsText_neverRun() throws Exception {
        Path run = tmp.resolve("run");
        copyTree(LessonRuns.of(LOSSY), run);
        String evil = "</script><script>window.pwned = 1</script><b>bold</b> \u2028 &amp;";
        Path trace = run.resolve("trace.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(trace));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"type\":\"print\"") && lines.get(i).contains("\"board\":\"server\"")) {
                var r = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(lines.get(i));
                r.put("text", evil);
                lines.set(i, JSON.writeValueAsString(r));
                break;
            }
        }
        Files.write(trace, lines, StandardCharsets.UTF_8);
        ViewPage.write(run, run.resolve(ViewPage.FILE), Lang.EN);
        open(run.resolve(ViewPage.FILE), "29");
        assertEquals(null, browser.driver.executeScript("return window.pwned === undefined ? null : window.pwned"));
        String pre = (String) browser.driver.executeScript(
                "return document.querySelector(\".board[data-board='server'] pre.console\").textContent");
        assertTrue(pre.startsWith(evil + "\n"), pre);
        assertEquals(0, browser.driver.findElements(By.cssSelector("pre.console b")).size());
    }

    @Test
    void aRunTooLongToEmbed_showsItsFirstPackets_andSaysWhatItLeftOut() throws Exception {
        Path run = LessonRuns.of(LOSSY);
        int packets = 0;
        for (String line : Files.readAllLines(run.resolve("trace.jsonl"))) {
            String type = JSON.readTree(line).path("type").asText();
            packets += type.equals("sent") || type.equals("copy") ? 1 : 0;
        }
        Path page = tmp.resolve("window.html");
        ViewPage.write(run, page, Lang.EN, 100);
        open(page, null);
        long drawn = (Long) browser.driver.executeScript("var c = document.getElementById('timeline-ticks');"
                + " return Number(c.getAttribute('data-sent')) + Number(c.getAttribute('data-dropped'))");
        assertTrue(drawn > 5 && drawn < 100, drawn + " ticks");
        String note = browser.driver.findElement(By.cssSelector(".window-note")).getText();
        assertTrue(note.startsWith("This view shows the first ") && note.contains("of the run's " + packets
                + " packets"), note);
    }

    static void open(Path page, String seconds) {
        browser.driver.get("about:blank");
        browser.driver.get(page.toAbsolutePath().toUri() + (seconds == null ? "" : "#t=" + seconds));
    }

    static long shownTime() {
        return Long.parseLong(browser.driver.findElement(By.id("clock")).getAttribute("data-t"));
    }

    static String hash() {
        return (String) browser.driver.executeScript("return location.hash");
    }

    /** The canvas's pixels, 128 × 64, as lit (true) or dark. */
    private static List<Boolean> canvasPixels(String board) {
        @SuppressWarnings("unchecked")
        List<Object> px = (List<Object>) browser.driver.executeScript(
                "var c = document.querySelector(\".board[data-board='\" + arguments[0] + \"'] canvas\");"
                        + "var d = c.getContext('2d').getImageData(0, 0, 128, 64).data, out = [];"
                        + "for (var i = 0; i < d.length; i += 4) { out.push(d[i] > 127); } return out;", board);
        return px.stream().map(o -> (Boolean) o).toList();
    }

    /** The frame's picture read back at 128 × 64: a pixel lit if it is not black. */
    private static List<Boolean> litPixels(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        int scale = image.getWidth() / 128;
        List<Boolean> out = new ArrayList<>();
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 128; x++) {
                out.add((image.getRGB(x * scale + scale / 2, y * scale + scale / 2) & 0xFFFFFF) != 0);
            }
        }
        assertTrue(out.contains(true), png + " shows something");
        return out;
    }

    /** The distinct times of the packet, print and OLED records of a run, in order. */
    static List<Long> eventTimes(Path run) throws IOException {
        java.util.TreeSet<Long> times = new java.util.TreeSet<>();
        for (String line : Files.readAllLines(run.resolve("trace.jsonl"))) {
            JsonNode r = JSON.readTree(line);
            String type = r.path("type").asText();
            if (List.of("sent", "forward", "deliver", "drop", "copy", "print", "oled").contains(type)) {
                times.add(nanos(r.get("t")));
            }
        }
        return new ArrayList<>(times);
    }

    private static long firstSent(Path run) throws IOException {
        for (String line : Files.readAllLines(run.resolve("trace.jsonl"))) {
            JsonNode r = JSON.readTree(line);
            if (r.path("type").asText().equals("sent")) {
                return nanos(r.get("t"));
            }
        }
        throw new AssertionError("no packet sent in " + run);
    }

    static long nanos(JsonNode t) {
        return new BigDecimal(t.asText()).movePointRight(9).longValueExact();
    }

    static String seconds(long nanos) {
        return BigDecimal.valueOf(nanos, 9).toPlainString();
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
