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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The same message stream over UDP and over TCP, on identical networks with the same random draws: the
 * {@code summary.json} of a comparison (format 1) and its side-by-side table. Each protocol's own run is a
 * subfolder ({@code udp/}, {@code tcp/}) with the files of a plain run.
 *
 * <pre>{@code
 * {"format": 1, "scenario": "...", "seed": 1, "duration_s": 30.0, "compare": ["udp", "tcp"],
 *  "flows": [{"protocol": "udp", "src": "client", "dst": "192.168.0.3:7000", "sent": 100, "delivered": 91,
 *             "lost": 9, "duplicated": 0, "reordered": 3, "delivered_share": 0.91, "in_order": 0.967,
 *             "first_delivery_ms": 12.3, "delay_ms": {"min", "median", "max"},
 *             "segments": {"data", "handshake", "acks", "retransmissions", "teardown", "total"},
 *             "run": "udp"}, ...]}
 * }</pre>
 */
public record ComparisonSummary(String scenario, long seed, double durationSeconds, List<String> protocols,
        Map<String, StreamSummary> streams) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", SummaryJson.FORMAT);
        root.put("scenario", scenario);
        root.put("seed", seed);
        root.put("duration_s", durationSeconds);
        ArrayNode compare = root.putArray("compare");
        protocols.forEach(compare::add);
        ArrayNode flows = root.putArray("flows");
        for (String p : protocols) {
            StreamSummary s = streams.get(p);
            if (s == null) {
                continue;
            }
            ObjectNode o = flows.addObject();
            o.put("protocol", p);
            o.put("src", s.sender());
            o.put("dst", s.destination());
            o.put("sent", s.sent());
            o.put("delivered", s.delivered());
            o.put("lost", s.sent() - s.delivered());
            o.put("duplicated", s.duplicated());
            o.put("reordered", s.reordered());
            putNumber(o, "delivered_share", s.deliveredShare());
            putNumber(o, "in_order", s.inOrderShare());
            putNumber(o, "first_delivery_ms", s.firstDeliveryMs());
            if (s.delayMs() == null) {
                o.putNull("delay_ms");
            } else {
                ObjectNode d = o.putObject("delay_ms");
                putNumber(d, "min", s.delayMs().min());
                putNumber(d, "median", s.delayMs().median());
                putNumber(d, "max", s.delayMs().max());
            }
            StreamSummary.Segments g = s.segments();
            ObjectNode seg = o.putObject("segments");
            seg.put("data", g.data());
            seg.put("handshake", g.handshake());
            seg.put("acks", g.acks());
            seg.put("retransmissions", g.retransmissions());
            seg.put("teardown", g.teardown());
            seg.put("total", g.total());
            o.put("run", p);
        }
        return root;
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(toJson()) + "\n");
    }

    /** The side-by-side table a teacher reads on the terminal. */
    public String render() {
        List<String[]> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(""));
        protocols.forEach(p -> head.add(p.toUpperCase(Locale.ROOT)));
        rows.add(head.toArray(new String[0]));
        row(rows, "messages sent", s -> Long.toString(s.sent()));
        row(rows, "delivered", s -> s.delivered() + String.format(Locale.ROOT, " (%.0f %%)", 100 * s.deliveredShare()));
        row(rows, "in order", s -> Double.isNaN(s.inOrderShare()) ? "-"
                : String.format(Locale.ROOT, "%.0f %%", 100 * s.inOrderShare()));
        row(rows, "first delivery ms", s -> Double.isNaN(s.firstDeliveryMs()) ? "-"
                : String.format(Locale.ROOT, "%.1f", s.firstDeliveryMs()));
        row(rows, "delay ms min/median/max", s -> s.delayMs() == null ? "-" : String.format(Locale.ROOT,
                "%.1f / %.1f / %.1f", s.delayMs().min(), s.delayMs().median(), s.delayMs().max()));
        row(rows, "packets sent", s -> Long.toString(s.segments().total()));
        row(rows, "  data", s -> Long.toString(s.segments().data()));
        row(rows, "  handshake", s -> Long.toString(s.segments().handshake()));
        row(rows, "  ACKs", s -> Long.toString(s.segments().acks()));
        row(rows, "  retransmissions", s -> Long.toString(s.segments().retransmissions()));
        row(rows, "  teardown", s -> Long.toString(s.segments().teardown()));
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(scenario).append(String.format(Locale.ROOT, "  (seed %d, the same network and draws for %s)%n%n",
                seed, String.join(" and ", protocols)));
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(String.format("%-" + w[0] + "s", r[0]));
            for (int i = 1; i < r.length; i++) {
                line.append(String.format("  %" + w[i] + "s", r[i]));
            }
            out.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return out.toString();
    }

    private void row(List<String[]> rows, String label, Function<StreamSummary, String> cell) {
        List<String> r = new ArrayList<>(List.of(label));
        for (String p : protocols) {
            StreamSummary s = streams.get(p);
            r.add(s == null ? "-" : cell.apply(s));
        }
        rows.add(r.toArray(new String[0]));
    }

    private static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isNaN(v)) {
            o.putNull(key);
        } else {
            o.put(key, BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN));
        }
    }
}
