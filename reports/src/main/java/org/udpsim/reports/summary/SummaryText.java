package org.udpsim.reports.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The summary a teacher reads on the terminal at a glance: a table of flows, the drops, and each board. */
public final class SummaryText {
    private static final int LAST_LINES_SHOWN = 3;

    private SummaryText() {
    }

    public static String render(RunSummary s) {
        StringBuilder out = new StringBuilder();
        out.append(s.scenario()).append(String.format(Locale.ROOT, "  (seed %d, %s s simulated)%n", s.seed(),
                trim(s.durationSeconds())));
        out.append(System.lineSeparator());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"flow", "sent", "delivered", "lost", "dup", "reordered", "in flight", "unread",
            "delay ms min/median/max"});
        for (FlowSummary f : s.flows()) {
            String delay = f.delayMs() == null ? "-" : String.format(Locale.ROOT, "%.1f / %.1f / %.1f",
                    f.delayMs().min(), f.delayMs().median(), f.delayMs().max());
            rows.add(new String[] {f.protocol() + " " + f.src() + " > " + f.dst(), Long.toString(f.sent()),
                    Long.toString(f.delivered()), Long.toString(f.lost()) + reasons(f.lostByReason()),
                    Long.toString(f.duplicated()), Long.toString(f.reordered()),
                    f.broadcast() == null ? Long.toString(f.inFlight()) : "-",
                    f.queuedUnread() == null ? "-" : Long.toString(f.queuedUnread()), delay});
        }
        table(out, rows);
        List<String[]> copies = new ArrayList<>();
        copies.add(new String[] {"broadcast copies, one per receiver", "copies", "delivered",
            "lost on the way", "nobody listening", "in flight"});
        for (FlowSummary f : s.flows()) {
            FlowSummary.Broadcast b = f.broadcast();
            if (b != null) {
                copies.add(new String[] {f.protocol() + " " + f.src() + " > " + f.dst(), Long.toString(b.copies()),
                    Long.toString(b.delivered()), b.lostOnTheWay() + reasons(onTheWay(b.lostByReason())),
                    Long.toString(b.nobodyListening()), Long.toString(b.inFlight())});
            }
        }
        if (copies.size() > 1) {
            out.append(System.lineSeparator());
            out.append("A broadcast row above counts datagrams: delivered = reached at least one listening program.")
                    .append(System.lineSeparator());
            table(out, copies);
        }
        out.append(System.lineSeparator());
        out.append("drops: ").append(s.drops().isEmpty() ? "none" : s.drops().toString().replaceAll("[{}]", ""))
                .append(System.lineSeparator());
        if (!s.boards().isEmpty()) {
            out.append(System.lineSeparator());
            for (BoardSummary b : s.boards()) {
                out.append(String.format(Locale.ROOT, "%s  %s  %s  printed %d lines, %d OLED frames%n", b.name(),
                        b.ip(), b.program(), b.printedLines(), b.oledFrames()));
                if (b.error() != null) {
                    out.append("    program ended with: ").append(b.error()).append(System.lineSeparator());
                }
                if (!b.oledText().isEmpty()) {
                    out.append("    OLED: ").append(String.join(" | ", b.oledText())).append(System.lineSeparator());
                }
                List<String> last = b.lastLines();
                for (String line : last.subList(Math.max(0, last.size() - LAST_LINES_SHOWN), last.size())) {
                    out.append("    > ").append(line).append(System.lineSeparator());
                }
            }
        }
        return out.toString();
    }

    private static Map<String, Long> onTheWay(Map<String, Long> byReason) {
        Map<String, Long> m = new java.util.LinkedHashMap<>(byReason);
        m.remove("no_listener");
        return m;
    }

    private static String reasons(Map<String, Long> byReason) {
        if (byReason.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        byReason.forEach((r, n) -> parts.add(r + " " + n));
        return " (" + String.join(", ", parts) + ")";
    }

    private static void table(StringBuilder out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String cell = r[i];
                line.append(i == 0 ? String.format("%-" + widths[i] + "s", cell) : String.format("  %" + widths[i] + "s", cell));
            }
            out.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}
