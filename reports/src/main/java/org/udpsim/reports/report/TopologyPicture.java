package org.udpsim.reports.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.udpsim.reports.run.RunInfo;

/**
 * The scenario's network as an SVG picture: routers on top, access points below them, boards and PCs at the bottom;
 * cables as solid lines, WiFi as dashed lines, and an impaired hop in red with its netem line. Every name is
 * escaped. A crowd of stations on one access point is shown as its first few and a count of the rest.
 */
public final class TopologyPicture {
    static final int WIDTH = 1200;
    static final int BOX_W = 170;
    static final int BOX_H = 70;
    static final int MAX_STATIONS = 6;
    private static final int[] ROW_Y = {20, 170, 330};

    private TopologyPicture() {
    }

    private record Box(String name, String line2, String line3, double x, double y, boolean more) {
        double cx() {
            return x + BOX_W / 2.0;
        }
    }

    /** The picture as an {@code <svg>} element. */
    public static String svg(RunInfo info) {
        Map<String, Box> boxes = new LinkedHashMap<>();
        List<RunInfo.Node> routers = info.nodes().stream().filter(n -> n.kind() == RunInfo.Kind.ROUTER).toList();
        List<RunInfo.Node> aps = info.nodes().stream().filter(n -> n.kind() == RunInfo.Kind.ACCESS_POINT).toList();
        row(boxes, routers.stream().map(n -> box(n, 0)).toList(), 0);
        row(boxes, aps.stream().map(n -> box(n, 1)).toList(), 1);
        List<Box> bottom = new ArrayList<>();
        for (RunInfo.Node ap : aps) {
            List<RunInfo.Node> stations = info.connections().stream()
                    .filter(c -> c.radio() && c.a().equals(ap.name())).map(c -> info.node(c.b())).toList();
            for (int i = 0; i < stations.size(); i++) {
                if (i == MAX_STATIONS - 1 && stations.size() > MAX_STATIONS) {
                    bottom.add(new Box(ap.name() + "+", "+ " + (stations.size() - i), "", 0, 0, true));
                    break;
                }
                bottom.add(box(stations.get(i), 2));
            }
        }
        for (RunInfo.Node n : info.nodes()) {
            if (n.kind() == RunInfo.Kind.PC && info.connections().stream().noneMatch(c -> c.radio()
                    && c.b().equals(n.name()))) {
                bottom.add(box(n, 2));
            }
        }
        row(boxes, bottom, 2);
        int height = bottom.isEmpty() ? ROW_Y[1] + BOX_H + 30 : ROW_Y[2] + BOX_H + 30;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"topology\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"img\">\n");
        java.util.Set<String> drawn = new java.util.HashSet<>();
        for (RunInfo.Connection c : info.connections()) {
            Box a = boxes.get(c.a());
            Box b = boxes.get(c.b());
            if (c.radio() && b == null) {
                b = boxes.get(c.a() + "+");
            }
            if (a == null || b == null || !drawn.add(a.name() + "|" + b.name())) {
                continue;
            }
            String impaired = impairment(info, c.a(), c.b());
            Box top = a.y() <= b.y() ? a : b;
            Box low = top == a ? b : a;
            double x1 = top.cx();
            double y1 = top.y() + BOX_H;
            double x2 = low.cx();
            double y2 = low.y();
            if (top.y() == low.y()) {
                x1 = Math.min(a.x(), b.x()) + BOX_W;
                x2 = Math.max(a.x(), b.x());
                y1 = top.y() + BOX_H / 2.0;
                y2 = y1;
            }
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"%s\" stroke-width=\"%s\"%s/>%n", x1, y1, x2, y2, impaired.isEmpty() ? "#555" : "#d62728",
                    impaired.isEmpty() ? "2.5" : "4.5", c.radio() ? " stroke-dasharray=\"9 6\"" : ""));
            if (!impaired.isEmpty()) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"hop\" "
                        + "text-anchor=\"middle\">%s</text>%n", (x1 + x2) / 2, (y1 + y2) / 2 - 4,
                        Html.escape(shorten(impaired, 48))));
            }
        }
        for (Box b : boxes.values()) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"10\" "
                    + "class=\"%s\"/>%n", b.x(), b.y(), BOX_W, BOX_H, b.more() ? "node more" : "node"));
            if (b.more()) {
                svg.append(text(b.cx(), b.y() + 42, "name", b.line2()));
                continue;
            }
            svg.append(text(b.cx(), b.y() + 24, "name", b.name()));
            svg.append(text(b.cx(), b.y() + 44, "detail", b.line2()));
            svg.append(text(b.cx(), b.y() + 62, "detail", b.line3()));
        }
        return svg.append("</svg>").toString();
    }

    private static String impairment(RunInfo info, String a, String b) {
        List<String> parts = new ArrayList<>();
        for (RunInfo.HopImpairment h : info.impairments()) {
            if (h.netem().isBlank()) {
                continue;
            }
            boolean everyStation = h.from().equals("*") && (h.to().equals(a) || h.to().equals(b));
            if (everyStation || h.from().equals(a) && h.to().equals(b) || h.from().equals(b) && h.to().equals(a)) {
                parts.add((everyStation ? "" : h.from() + " → " + h.to() + ": ") + h.netem());
            }
        }
        return String.join("; ", parts);
    }

    private static Box box(RunInfo.Node n, int row) {
        String third = n.program().isEmpty() ? n.kind().label().replace('_', ' ') : n.program();
        return new Box(n.name(), n.ip(), third, 0, ROW_Y[row], false);
    }

    private static void row(Map<String, Box> boxes, List<Box> row, int r) {
        int n = row.size();
        double gap = n == 0 ? 0 : (WIDTH - n * BOX_W) / (double) (n + 1);
        for (int i = 0; i < n; i++) {
            Box b = row.get(i);
            double x = gap + i * (BOX_W + gap);
            boxes.put(b.name(), new Box(b.name(), b.line2(), b.line3(), x, ROW_Y[r], b.more()));
        }
    }

    private static String text(double x, double y, String cls, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"%s\" text-anchor=\"middle\">%s</text>%n",
                x, y, cls, Html.escape(shorten(s, 24)));
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
