package org.udpsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.udpsim.reports.view.ViewPage;
import org.udpsim.run.LessonRuns;
import org.udpsim.tools.ExternalTool;

/**
 * The view's packet panel against Wireshark: for a packet clicked in {@code view.html}, every header field the panel
 * shows, its payload as hex and text, equal what tshark decodes of the same frame in the sender's capture
 * ({@code capture/NODE.pcap}, the frame at the packet's sent time), and its way hop by hop lists the packet's trace
 * records in order. A UDP datagram of the lossy 10.4 lesson; of {@code udp-vs-tcp.yaml}'s TCP run, the SYN with its
 * MSS option, a data segment and a pure ACK.
 */
class PacketPanelTsharkTest extends InBrowser {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The fields read of each frame, in this order. */
    private static final List<String> FIELDS = List.of("frame.time_epoch", "ip.src", "ip.dst", "ip.ttl", "ip.id",
            "ip.checksum", "ip.len", "udp.srcport", "udp.dstport", "udp.length", "udp.checksum", "udp.payload",
            "tcp.srcport", "tcp.dstport", "tcp.flags", "tcp.flags.str", "tcp.seq_raw", "tcp.ack_raw",
            "tcp.window_size_value", "tcp.checksum", "tcp.options", "tcp.options.mss_val", "tcp.len", "tcp.payload");

    /** TCP's flag bits, lowest first, by the names Wireshark gives them in a packet's summary. */
    private static final List<String> FLAG_NAMES = List.of("FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR",
            "AE");

    @Test
    void aUdpDatagram_panelShowsWhatWiresharkDecodes() throws Exception {
        Path run = LessonRuns.of(Path.of("lessons", "10.4-udp-lossy-wifi.yaml"));
        Map<String, String> frame = firstFrame(run, "client", f -> !f.get("udp.srcport").isEmpty());
        Map<String, String> panel = openPanel(run, "client", frame);
        Map<String, String> expected = ipFields(frame);
        expected.put("udp.ports", frame.get("udp.srcport") + " → " + frame.get("udp.dstport"));
        expected.put("udp.length", frame.get("udp.length"));
        expected.put("udp.checksum", frame.get("udp.checksum"));
        expected.put("hex", frame.get("udp.payload"));
        expected.put("text", "hello message from mPython··");
        assertEquals(expected, panel);
    }

    @Test
    void aTcpSyn_withItsMssOption_panelShowsWhatWiresharkDecodes() throws Exception {
        Path run = LessonRuns.of(Path.of("lessons", "udp-vs-tcp.yaml")).resolve("tcp");
        Map<String, String> syn = firstFrame(run, "client", f -> f.get("tcp.flags").equals("0x0002"));
        assertEquals("1440", syn.get("tcp.options.mss_val"));
        Map<String, String> panel = openPanel(run, "client", syn);
        assertEquals(tcpExpected(syn), panel);
        assertEquals("0x0002 (SYN)", panel.get("tcp.flags"));
        assertEquals("MSS 1440 (020405a0)", panel.get("tcp.options"));
    }

    @Test
    void aTcpDataSegment_panelShowsWhatWiresharkDecodes() throws Exception {
        Path run = LessonRuns.of(Path.of("lessons", "udp-vs-tcp.yaml")).resolve("tcp");
        Map<String, String> data = firstFrame(run, "client", f -> !f.get("tcp.len").isEmpty()
                && Integer.parseInt(f.get("tcp.len")) > 0);
        Map<String, String> panel = openPanel(run, "client", data);
        assertEquals(tcpExpected(data), panel);
        assertTrue(panel.get("hex").length() == 2 * Integer.parseInt(data.get("tcp.len")), panel.get("hex"));
    }

    @Test
    void aTcpAck_panelShowsWhatWiresharkDecodes() throws Exception {
        Path run = LessonRuns.of(Path.of("lessons", "udp-vs-tcp.yaml")).resolve("tcp");
        Map<String, String> ack = firstFrame(run, "server", f -> f.get("tcp.flags").equals("0x0010")
                && f.get("tcp.len").equals("0"));
        Map<String, String> panel = openPanel(run, "server", ack);
        assertEquals(tcpExpected(ack), panel);
        assertEquals("0x0010 (ACK)", panel.get("tcp.flags"));
        assertEquals("", panel.get("hex"));
    }

    // ---- what the panel should show, from Wireshark's decode -------------------------------------------------

    private static Map<String, String> ipFields(Map<String, String> f) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("ip.src", f.get("ip.src"));
        e.put("ip.dst", f.get("ip.dst"));
        e.put("ip.ttl", f.get("ip.ttl"));
        e.put("ip.id", f.get("ip.id") + " (" + Integer.decode(f.get("ip.id")) + ")");
        e.put("ip.checksum", f.get("ip.checksum"));
        e.put("ip.length", f.get("ip.len"));
        return e;
    }

    private static Map<String, String> tcpExpected(Map<String, String> f) {
        Map<String, String> e = ipFields(f);
        e.put("tcp.ports", f.get("tcp.srcport") + " → " + f.get("tcp.dstport"));
        List<String> names = new ArrayList<>();
        String bits = f.get("tcp.flags.str"); // bit 11 first, '·' for a clear bit
        for (int k = 0; k < FLAG_NAMES.size(); k++) {
            if (bits.charAt(bits.length() - 1 - k) != '·') {
                names.add(FLAG_NAMES.get(k));
            }
        }
        e.put("tcp.flags", f.get("tcp.flags") + " (" + String.join(", ", names) + ")");
        e.put("tcp.seq", f.get("tcp.seq_raw"));
        e.put("tcp.ack", f.get("tcp.ack_raw"));
        e.put("tcp.window", f.get("tcp.window_size_value"));
        e.put("tcp.checksum", f.get("tcp.checksum"));
        if (!f.get("tcp.options").isEmpty()) {
            e.put("tcp.options", "MSS " + f.get("tcp.options.mss_val") + " (" + f.get("tcp.options") + ")");
        }
        e.put("tcp.len", f.get("tcp.len"));
        e.put("hex", f.get("tcp.payload"));
        e.put("text", text(f.get("tcp.payload")));
        return e;
    }

    /** A payload's bytes as text, as the panel shows them: printable ASCII as is, any other byte as '·'. */
    private static String text(String hex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < hex.length(); i += 2) {
            int b = Integer.parseInt(hex.substring(i, i + 2), 16);
            out.append(b >= 32 && b < 127 ? (char) b : '·');
        }
        return out.toString();
    }

    // ---- the frame, and the panel ---------------------------------------------------------------------------

    /** The first frame {@code node} sent (its source is the node's address) that {@code which} accepts. */
    private static Map<String, String> firstFrame(Path run, String node, Predicate<Map<String, String>> which)
            throws Exception {
        Path tshark = ExternalTool.require("tshark", "tshark");
        String ip = JSON.readTree(run.resolve("summary.json").toFile()).path("boards").path(node).path("ip").asText();
        List<String> command = new ArrayList<>(List.of(tshark.toString(), "-n", "-r",
                run.resolve("capture").resolve(node + ".pcap").toString(), "-T", "fields", "-E", "separator=\t",
                "-E", "occurrence=f"));
        for (String f : FIELDS) {
            command.add("-e");
            command.add(f);
        }
        ExternalTool.Result r = ExternalTool.run(command);
        assertEquals(0, r.exitCode(), r.err());
        for (String line : r.out().lines().toList()) {
            String[] v = line.split("\t", -1);
            Map<String, String> frame = new LinkedHashMap<>();
            for (int i = 0; i < FIELDS.size(); i++) {
                frame.put(FIELDS.get(i), i < v.length ? v[i] : "");
            }
            if (frame.get("ip.src").equals(ip) && which.test(frame)) {
                return frame;
            }
        }
        throw new AssertionError("no such frame sent by " + node + " in " + run);
    }

    /**
     * Opens the run's view at the moment {@code node} sent the packet of {@code frame}, clicks its mark and returns
     * what the panel shows: each header row by its field name, the payload's {@code hex} (without spaces) and
     * {@code text}; checks on the way that the panel's way hop by hop lists the packet's trace records.
     */
    private static Map<String, String> openPanel(Path run, String node, Map<String, String> frame) throws Exception {
        BigDecimal sentAt = new BigDecimal(frame.get("frame.time_epoch"));
        JsonNode sent = null;
        List<String> types = new ArrayList<>();
        for (String line : Files.readAllLines(run.resolve("trace.jsonl"))) {
            JsonNode r = JSON.readTree(line);
            if (sent == null && r.path("type").asText().equals("sent") && r.path("at").asText().equals(node)
                    && new BigDecimal(r.get("t").asText()).compareTo(sentAt) == 0) {
                sent = r;
            }
            if (sent != null && r.path("id").asLong() == sent.get("id").asLong()) {
                types.add(r.get("type").asText());
            }
        }
        assertTrue(sent != null, "the trace's packet sent by " + node + " at " + sentAt);
        browser.driver.get("about:blank");
        browser.driver.get(run.resolve(ViewPage.FILE).toAbsolutePath().toUri() + "#t=" + sentAt.toPlainString());
        String id = sent.get("id").asText();
        browser.driver.findElement(By.cssSelector("g.packet[data-id='" + id + "'] circle")).click();
        WebElement panel = browser.driver.findElement(By.id("packet-panel"));
        assertTrue(panel.isDisplayed());
        assertEquals(id, panel.getAttribute("data-id"));
        Map<String, String> shown = new LinkedHashMap<>();
        for (WebElement row : panel.findElements(By.cssSelector("tr[data-field]"))) {
            shown.put(row.getAttribute("data-field"), row.findElement(By.tagName("td")).getText());
        }
        shown.put("hex", panel.findElement(By.cssSelector("pre.hex")).getAttribute("textContent").replace(" ", ""));
        shown.put("text", panel.findElement(By.cssSelector("pre.text")).getAttribute("textContent"));
        List<String> fate = panel.findElements(By.cssSelector("ol.fate li[data-type]")).stream()
                .map(li -> li.getAttribute("data-type")).toList();
        assertEquals(types, fate, "the packet's way, hop by hop");
        return shown;
    }
}
