package org.udpsim.reports.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.Html;

/**
 * A comparison's streams side by side, as the terminal prints them after {@code udpsim run}: the messages as the
 * programs saw them (sent, delivered, in order, first delivery, delay) and the packets each transport sent for them,
 * one column per protocol, read from the comparison's {@code summary.json}.
 */
final class ComparisonTable {
    private ComparisonTable() {
    }

    /** The table as HTML, from the comparison's {@code summary.json}. */
    static String html(JsonNode summary, Labels l) {
        List<JsonNode> flows = new ArrayList<>();
        summary.path("flows").forEach(flows::add);
        StringBuilder h = new StringBuilder("<table class=\"comparison\"><thead><tr><th></th>");
        for (JsonNode f : flows) {
            h.append("<th>").append(Html.escape(f.path("protocol").asText().toUpperCase(Locale.ROOT))).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        row(h, l.get("cmp.sent"), flows, f -> f.path("sent").asText());
        row(h, l.get("cmp.delivered"), flows, f -> f.path("delivered").asText()
                + percent(f.path("delivered_share"), " (%.0f %%)"));
        row(h, l.get("cmp.inOrder"), flows, f -> percent(f.path("in_order"), "%.0f %%"));
        row(h, l.get("cmp.first"), flows, f -> number(f.path("first_delivery_ms")));
        row(h, l.get("cmp.delay"), flows, f -> {
            JsonNode d = f.path("delay_ms");
            return d.isObject() ? number(d.path("min")) + " / " + number(d.path("median")) + " / "
                    + number(d.path("max")) : "–";
        });
        row(h, l.get("cmp.packets"), flows, f -> f.path("segments").path("total").asText());
        for (String k : List.of("data", "handshake", "acks", "retransmissions", "teardown")) {
            row(h, "  " + l.get("cmp.packets." + k), flows, f -> f.path("segments").path(k).asText());
        }
        return h.append("</tbody></table>\n").toString();
    }

    private static void row(StringBuilder h, String label, List<JsonNode> flows, Function<JsonNode, String> cell) {
        h.append("<tr><th scope=\"row\"").append(label.startsWith("  ") ? " class=\"sub\"" : "").append('>')
                .append(Html.escape(label.strip())).append("</th>");
        for (JsonNode f : flows) {
            h.append("<td>").append(Html.escape(cell.apply(f))).append("</td>");
        }
        h.append("</tr>\n");
    }

    private static String percent(JsonNode share, String format) {
        return share.isNumber() ? String.format(Locale.ROOT, format, 100 * share.asDouble()) : "–";
    }

    private static String number(JsonNode v) {
        return v.isNumber() ? String.format(Locale.ROOT, "%.1f", v.asDouble()) : "–";
    }
}
