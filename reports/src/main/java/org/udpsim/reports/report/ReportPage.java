package org.udpsim.reports.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.run.RunInfo;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.Html;
import org.udpsim.reports.text.PageFont;
import org.udpsim.reports.text.PageStyle;
import org.udpsim.reports.data.DropWords;

/**
 * {@code report.html}: one self-contained page for a run, to project in class or hand out. It needs no network and
 * runs no script: charts are inline SVG, OLED frames are {@code data:} images. In order: the scenario (topology,
 * impairments in words and as netem lines), the teaching points, the summary, the charts, the OLED filmstrip, the
 * console logs, and how to reproduce the run. Everything that comes from the run is escaped.
 */
public final class ReportPage {
    /**
     * The charts' section and the filmstrips, already rendered as SVG elements.
     *
     * @param comparison a comparison's side-by-side table (HTML), empty for a plain run
     * @param flowsNote which flows the per-flow charts show and which they leave out (HTML), empty if all
     */
    public record Parts(List<String> ladders, List<String> charts, Map<String, String> filmstrips, String comparison,
            String flowsNote) {
        public Parts(List<String> ladders, List<String> charts, Map<String, String> filmstrips) {
            this(ladders, charts, filmstrips, "", "");
        }
    }

    /** What the per-flow charts show and what they leave out, as HTML; empty when they show every flow. */
    public static String flowsNote(RunData run, List<String> shown, Labels l) {
        List<String> hidden = FlowChoice.notShown(run, shown);
        if (hidden.isEmpty()) {
            return "";
        }
        String names = String.join(", ", shown.stream().map(f -> FlowChoice.describe(run, f)).toList());
        String others = String.join(", ", hidden.stream().map(f -> FlowChoice.describe(run, f)).toList());
        String example = FlowChoice.protocol(hidden.get(0)) + " " + run.nodeAt(FlowChoice.src(hidden.get(0)));
        return "<p class=\"flows-note\">" + esc(l.get("page.flows.shown", names)) + " "
                + esc(l.get("page.flows.notShown", hidden.size(), others, example)) + "</p>\n";
    }

    private ReportPage() {
    }

    public static String render(RunData run, Map<String, TeachingPoints.Result> results, Parts parts, Labels l) {
        RunInfo info = run.info();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(l.lang().code()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(esc(l.get("page.title", info.scenario()))).append("</title>\n")
                .append("<style>\n").append(PageStyle.CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>").append(esc(info.scenario())).append("</h1>\n");
        if (!info.description().isBlank()) {
            h.append("<p class=\"description\">").append(esc(info.description().strip())).append("</p>\n");
        }
        h.append("<p class=\"view-link\"><a href=\"view.html\">").append(esc(l.get("page.view"))).append("</a></p>\n");
        h.append("</header>\n");
        scenario(h, info, l);
        points(h, info, results, l);
        summary(h, run.summary(), parts.comparison(), DropWords.retries(info), l);
        h.append("<section id=\"charts\"><h2>").append(esc(l.get("page.charts"))).append("</h2>\n");
        h.append(parts.flowsNote());
        h.append("<div class=\"ladders\">\n");
        for (String svg : parts.ladders()) {
            h.append("<figure class=\"chart ladder\">").append(svg).append("</figure>\n");
        }
        h.append("</div>\n");
        for (String svg : parts.charts()) {
            h.append("<figure class=\"chart\">").append(svg).append("</figure>\n");
        }
        h.append("</section>\n");
        h.append("<section id=\"filmstrip\"><h2>").append(esc(l.get("page.filmstrip"))).append("</h2>\n");
        if (parts.filmstrips().isEmpty()) {
            h.append("<p>").append(esc(l.get("page.filmstrip.none"))).append("</p>\n");
        }
        for (Map.Entry<String, String> f : parts.filmstrips().entrySet()) {
            h.append("<figure class=\"strip\"><figcaption>").append(esc(f.getKey())).append("</figcaption>\n")
                    .append(f.getValue()).append("</figure>\n");
        }
        h.append("</section>\n");
        consoles(h, run, l);
        reproduce(h, info, l);
        return PageFont.embed(h.append("</body>\n</html>\n").toString());
    }

    private static void scenario(StringBuilder h, RunInfo info, Labels l) {
        h.append("<section id=\"scenario\"><h2>").append(esc(l.get("page.network"))).append("</h2>\n")
                .append("<figure class=\"topology\">").append(TopologyPicture.svg(info)).append("</figure>\n");
        h.append("<h2>").append(esc(l.get("page.impairments"))).append("</h2>\n");
        List<RunInfo.HopImpairment> hops = info.impairments().stream()
                .filter(i -> !i.netem().isBlank() || !i.note().isBlank()).toList();
        if (hops.stream().allMatch(i -> i.netem().isBlank() && i.note().equals("retries 7"))) {
            h.append("<p>").append(esc(l.get("page.impairments.none"))).append("</p>\n");
        }
        if (!hops.isEmpty()) {
            h.append("<table class=\"impairments\"><thead><tr><th>").append(esc(l.get("page.hop")))
                    .append("</th><th>").append(esc(l.get("page.words"))).append("</th><th>")
                    .append(esc(l.get("page.netem"))).append("</th><th>").append(esc(l.get("page.reach")))
                    .append("</th></tr></thead><tbody>\n");
            for (RunInfo.HopImpairment i : hops) {
                String hop = i.from().equals("*") ? l.get("page.everyStation", i.to()) : i.from() + " → " + i.to();
                h.append("<tr><td>").append(esc(hop)).append("</td><td>")
                        .append(esc(ImpairmentWords.describe(i.netem(), i.note(), l)));
                for (String w : i.warnings()) {
                    h.append("<p class=\"warning\">").append(esc(l.get("page.warning", w))).append("</p>");
                }
                h.append("</td><td>");
                if (!i.netem().isBlank()) {
                    h.append("<code>tc qdisc add dev wlan0 root netem ").append(esc(i.netem())).append("</code>");
                }
                h.append("</td><td>").append(esc(RadioReach.describe(info, i, l))).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
    }

    private static void points(StringBuilder h, RunInfo info, Map<String, TeachingPoints.Result> results, Labels l) {
        h.append("<section id=\"points\"><h2>").append(esc(l.get("page.points"))).append("</h2>\n");
        if (info.expectations().isEmpty()) {
            h.append("<p>").append(esc(l.get("page.points.none"))).append("</p>\n</section>\n");
            return;
        }
        h.append("<table class=\"points\"><tbody>\n");
        for (RunInfo.TeachingPoint p : info.expectations()) {
            TeachingPoints.Result r = results.get(p.name());
            String cls = r == null ? "pending" : r.passed() ? "pass" : "fail";
            String word = r == null ? l.get("page.points.pending") : l.get(r.passed() ? "page.pass" : "page.fail");
            h.append("<tr><td class=\"result ").append(cls).append("\">").append(esc(word)).append("</td><td>")
                    .append(esc(p.name())).append("<br><code>").append(esc(p.that())).append("</code>");
            if (r != null && !r.detail().isBlank()) {
                h.append("<br><span class=\"detail\">").append(esc(r.detail())).append("</span>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    private static void summary(StringBuilder h, JsonNode s, String comparison, int retries, Labels l) {
        h.append("<section id=\"summary\"><h2>").append(esc(l.get("page.summary"))).append("</h2>\n");
        if (!comparison.isEmpty()) {
            h.append("<h3>").append(esc(l.get("cmp.title"))).append("</h3>\n").append(comparison);
            h.append("<h3>").append(esc(l.get("page.packets"))).append("</h3>\n");
        }
        h.append("<table class=\"flows\"><thead><tr>");
        for (String k : List.of("page.flow", "page.sent", "page.delivered", "page.lost", "page.duplicated",
                "page.reordered", "page.inFlight", "page.unread", "page.delay")) {
            h.append("<th>").append(esc(l.get(k))).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (JsonNode f : s.path("flows")) {
            StringBuilder lost = new StringBuilder(f.path("lost").asText());
            Iterator<Map.Entry<String, JsonNode>> reasons = f.path("lost_by_reason").fields();
            while (reasons.hasNext()) {
                Map.Entry<String, JsonNode> r = reasons.next();
                lost.append(lost.indexOf("(") < 0 ? " (" : ", ").append(l.reason(r.getKey(), retries)).append(' ')
                        .append(r.getValue().asText());
            }
            if (lost.indexOf("(") >= 0) {
                lost.append(')');
            }
            JsonNode d = f.path("delay_ms");
            String delay = d.isObject() ? String.format(Locale.ROOT, "%.1f / %.1f / %.1f", d.path("min").asDouble(),
                    d.path("median").asDouble(), d.path("max").asDouble()) : "–";
            h.append("<tr><td>").append(esc(f.path("protocol").asText() + " " + f.path("src").asText() + " → "
                    + f.path("dst").asText())).append("</td>");
            JsonNode unread = f.path("queued_unread");
            String inFlight = f.path("broadcast").isObject() ? "–" : f.path("in_flight").asText();
            for (String v : List.of(f.path("sent").asText(), f.path("delivered").asText(), lost.toString(),
                    f.path("duplicated").asText(), f.path("reordered").asText(), inFlight,
                    unread.isNumber() ? unread.asText() : "–", delay)) {
                h.append("<td>").append(esc(v)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
        broadcasts(h, s, l);
        h.append("<h3>").append(esc(l.get("page.boards"))).append("</h3>\n<table class=\"boards\"><thead><tr>");
        for (String k : List.of("page.board", "page.ip", "page.program", "page.ended")) {
            h.append("<th>").append(esc(l.get(k))).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        Iterator<Map.Entry<String, JsonNode>> boards = s.path("boards").fields();
        while (boards.hasNext()) {
            Map.Entry<String, JsonNode> b = boards.next();
            h.append("<tr><td>").append(esc(b.getKey())).append("</td><td>").append(esc(b.getValue().path("ip")
                    .asText())).append("</td><td>").append(esc(b.getValue().path("program").asText()))
                    .append("</td><td>").append(esc(b.getValue().path("error").asText(""))).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    /** A broadcast's copies, one per receiving station, in a table of their own. */
    private static void broadcasts(StringBuilder h, JsonNode s, Labels l) {
        List<JsonNode> flows = new java.util.ArrayList<>();
        s.path("flows").forEach(f -> {
            if (f.path("broadcast").isObject()) {
                flows.add(f);
            }
        });
        if (flows.isEmpty()) {
            return;
        }
        h.append("<p class=\"note\">").append(esc(l.get("page.broadcast.note"))).append("</p>\n");
        h.append("<table class=\"broadcast\"><caption>").append(esc(l.get("page.broadcast.caption")))
                .append("</caption><thead><tr>");
        for (String k : List.of("page.flow", "page.broadcast.copies", "page.delivered", "page.broadcast.onTheWay",
                "page.broadcast.nobody", "page.broadcast.inFlight")) {
            h.append("<th>").append(esc(l.get(k))).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (JsonNode f : flows) {
            JsonNode b = f.path("broadcast");
            StringBuilder way = new StringBuilder(b.path("lost_on_the_way").asText());
            Iterator<Map.Entry<String, JsonNode>> reasons = b.path("lost_by_reason").fields();
            List<String> parts = new java.util.ArrayList<>();
            while (reasons.hasNext()) {
                Map.Entry<String, JsonNode> r = reasons.next();
                if (!r.getKey().equals("no_listener")) {
                    parts.add(l.reason(r.getKey()) + " " + r.getValue().asText());
                }
            }
            if (!parts.isEmpty()) {
                way.append(" (").append(String.join(", ", parts)).append(')');
            }
            h.append("<tr><td>").append(esc(f.path("protocol").asText() + " " + f.path("src").asText() + " → "
                    + f.path("dst").asText())).append("</td>");
            for (String v : List.of(b.path("copies").asText(), b.path("delivered").asText(), way.toString(),
                    b.path("nobody_listening").asText(), b.path("in_flight").asText())) {
                h.append("<td>").append(esc(v)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void consoles(StringBuilder h, RunData run, Labels l) {
        h.append("<section id=\"console\"><h2>").append(esc(l.get("page.console"))).append("</h2>\n");
        for (Map.Entry<String, List<String>> c : run.consoles().entrySet()) {
            List<String> lines = c.getValue();
            h.append("<details").append(lines.size() <= 40 ? " open" : "").append("><summary>")
                    .append(esc(c.getKey())).append(" (").append(lines.size()).append(")</summary>\n<pre class=\"console\">");
            if (lines.isEmpty()) {
                h.append(esc(l.get("page.console.empty")));
            }
            for (String line : lines) {
                h.append(esc(line)).append('\n');
            }
            h.append("</pre></details>\n");
        }
        h.append("</section>\n");
    }

    private static void reproduce(StringBuilder h, RunInfo info, Labels l) {
        h.append("<section id=\"reproduce\"><h2>").append(esc(l.get("page.reproduce"))).append("</h2>\n<dl>")
                .append("<dt>").append(esc(l.get("page.seed"))).append("</dt><dd>").append(info.seed()).append("</dd>")
                .append("<dt>").append(esc(l.get("page.duration"))).append("</dt><dd>")
                .append(String.format(Locale.ROOT, "%s s", trim(info.durationNanos() / 1e9))).append("</dd>")
                .append("<dt>").append(esc(l.get("page.command"))).append("</dt><dd><pre><code>")
                .append(esc(info.command())).append("</code></pre></dd></dl>\n</section>\n");
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String esc(String s) {
        return Html.escape(s);
    }
}
