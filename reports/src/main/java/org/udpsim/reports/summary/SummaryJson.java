package org.udpsim.reports.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code summary.json}: a stable document for scripts and graders. Format 2 is the document of format 1 in a run
 * folder that also holds {@code run.json} (what was run) and {@code capture/} (what each node saw); reports need
 * both, so they refuse a format 1 folder.
 *
 * <pre>{@code
 * {"format": 2, "scenario": "...", "seed": 1, "duration_s": 30.0,
 *  "flows": [{"protocol": "udp", "src": "client:50544", "dst": "192.168.0.3:6000", "sent": 15, "delivered": 15,
 *             "lost": 0, "lost_by_reason": {}, "duplicated": 0, "reordered": 0, "in_flight": 0,
 *             "queued_unread": 0, "delay_ms": {"min": 3.1, "median": 3.4, "max": 4.0}}],
 *  "drops": {"<reason>": n}, "drops_by_place": {"<place> <reason>": n},
 *  "boards": {"<name>": {"ip": "...", "program": "...", "printed_lines": n, "oled_frames": n,
 *                        "error": "..." (only when the program raised), "oled_text": [...], "last_lines": [...]}}}
 * }</pre>
 *
 * A broadcast flow counts datagrams at the top ({@code delivered}: reached at least one listening socket;
 * {@code lost}: reached none, so {@code lost <= sent}) and its copies, one per receiving station, apart:
 * {@code "broadcast": {"copies", "delivered", "lost_on_the_way", "nobody_listening", "in_flight",
 * "lost_by_reason"}}. {@code in_flight} is what was neither delivered nor dropped when the run ended, so
 * {@code sent + duplicated = delivered + lost + in_flight} for a flow to one receiver (of a broadcast, its copies'
 * figure); {@code queued_unread} is how many of the delivered datagrams the receiving program never read (still in
 * its socket's queue at the end, or thrown away when it closed the socket), null for TCP and ICMP. Flows are sorted
 * by protocol, then by sender in natural order ({@code pupils-2} before
 * {@code pupils-10}).
 *
 * <p>Times are in the units their names say; delays are rounded to the microsecond; {@code delay_ms} is null for a
 * flow with nothing delivered.
 */
public final class SummaryJson {
    public static final int FORMAT = 2;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    public static ObjectNode toJson(RunSummary s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("scenario", s.scenario());
        root.put("seed", s.seed());
        root.put("duration_s", s.durationSeconds());
        ArrayNode flows = root.putArray("flows");
        for (FlowSummary f : s.flows()) {
            ObjectNode o = flows.addObject();
            o.put("protocol", f.protocol());
            o.put("src", f.src());
            o.put("dst", f.dst());
            o.put("sent", f.sent());
            o.put("delivered", f.delivered());
            o.put("lost", f.lost());
            ObjectNode reasons = o.putObject("lost_by_reason");
            f.lostByReason().forEach(reasons::put);
            o.put("duplicated", f.duplicated());
            o.put("reordered", f.reordered());
            o.put("in_flight", f.inFlight());
            if (f.queuedUnread() == null) {
                o.putNull("queued_unread");
            } else {
                o.put("queued_unread", f.queuedUnread());
            }
            if (f.broadcast() != null) {
                FlowSummary.Broadcast b = f.broadcast();
                ObjectNode bo = o.putObject("broadcast");
                bo.put("copies", b.copies());
                bo.put("delivered", b.delivered());
                bo.put("lost_on_the_way", b.lostOnTheWay());
                bo.put("nobody_listening", b.nobodyListening());
                bo.put("in_flight", b.inFlight());
                ObjectNode br = bo.putObject("lost_by_reason");
                b.lostByReason().forEach(br::put);
            }
            if (f.delayMs() == null) {
                o.putNull("delay_ms");
            } else {
                ObjectNode d = o.putObject("delay_ms");
                d.put("min", micro(f.delayMs().min()));
                d.put("median", micro(f.delayMs().median()));
                d.put("max", micro(f.delayMs().max()));
            }
        }
        ObjectNode drops = root.putObject("drops");
        s.drops().forEach(drops::put);
        ObjectNode byPlace = root.putObject("drops_by_place");
        s.dropsByPlace().forEach(byPlace::put);
        ObjectNode boards = root.putObject("boards");
        for (BoardSummary b : s.boards()) {
            ObjectNode o = boards.putObject(b.name());
            o.put("ip", b.ip());
            o.put("program", b.program());
            o.put("printed_lines", b.printedLines());
            o.put("oled_frames", b.oledFrames());
            if (b.error() != null) {
                o.put("error", b.error());
            }
            ArrayNode text = o.putArray("oled_text");
            b.oledText().forEach(text::add);
            ArrayNode lines = o.putArray("last_lines");
            b.lastLines().forEach(lines::add);
        }
        return root;
    }

    public static void write(RunSummary s, Path file) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(toJson(s)) + "\n");
    }

    private static BigDecimal micro(double ms) {
        return BigDecimal.valueOf(ms).setScale(3, RoundingMode.HALF_EVEN);
    }
}
