package org.udpsim.reports.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.udpsim.reports.run.RunInfo;
import org.udpsim.reports.text.Html;

/**
 * The scenario's network as an SVG picture: routers on top, access points below them (a board that is one among them,
 * with its address and its WiFi's name), boards and PCs at the bottom;
 * cables as solid lines, WiFi as dashed lines, and an impaired hop in red with its netem line. Every name is
 * escaped. A crowd of stations on one access point is shown as its first few and a count of the rest.
 */
public final class TopologyPicture {
    static final int WIDTH = 1200;
    static final int BOX_W = 170;
    static final int BOX_H = 70;
    static final int MAX_STATIONS = 6;
    private static final int[] ROW_Y = {20, 170, 330};
    /** Widths a character may take in the page's fonts, generous: node names (20 px bold), details (15 px), hop
     * labels (17 px bold). The report's browser test checks that the texts stay inside their boxes. */
    static final double NAME_CHAR = 13;
    static final double DETAIL_CHAR = 9;
    static final double HOP_CHAR = 10.5;

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
        List<RunInfo.Node> aps = info.nodes().stream().filter(n -> n.kind().servesWifi()).toList();
        // with no router (an isolated WLAN, a board's own access point), the rows move up into the routers' place
        int lift = routers.isEmpty() ? ROW_Y[1] - ROW_Y[0] : 0;
        row(boxes, routers.stream().map(n -> box(n, 0)).toList(), 0, lift);
        row(boxes, aps.stream().map(n -> box(n, 1)).toList(), 1, lift);
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
        row(boxes, bottom, 2, lift);
        int height = (bottom.isEmpty() ? ROW_Y[1] + BOX_H + 30 : ROW_Y[2] + BOX_H + 30) - lift;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"topology\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"img\">\n");
        java.util.Set<String> drawn = new java.util.HashSet<>();
        List<double[]> placed = new ArrayList<>();
        for (Box b : boxes.values()) {
            placed.add(new double[] {b.x(), b.y(), b.x() + BOX_W, b.y() + BOX_H});
        }
        StringBuilder labels = new StringBuilder();
        for (RunInfo.Connection c : info.connections()) {
            Box a = boxes.get(c.a());
            Box b = boxes.get(c.b());
            if (c.radio() && b == null) {
                b = boxes.get(c.a() + "+");
            }
            if (a == null || b == null || !drawn.add(a.name() + "|" + b.name())) {
                continue;
            }
            String impaired = impairment(info, c);
            boolean everyRadioHop = c.radio() && !everyStation(info, c.a()).isEmpty();
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
            boolean red = !impaired.isEmpty() || everyRadioHop;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"%s\" stroke-width=\"%s\"%s/>%n", x1, y1, x2, y2, red ? "#d55e00" : "#555",
                    red ? "4.5" : "2.5", c.radio() ? " stroke-dasharray=\"9 6\"" : ""));
            if (!impaired.isEmpty()) {
                labels.append(label(placed, (x1 + x2) / 2, (y1 + y2) / 2 - 4, impaired));
            }
        }
        for (RunInfo.Node ap : aps) {
            String every = everyStation(info, ap.name());
            Box b = boxes.get(ap.name());
            if (!every.isEmpty() && b != null) {
                labels.append(label(placed, b.x() + BOX_W + 12 + HOP_CHAR * Math.min(every.length(), 60) / 2,
                        b.y() + BOX_H / 2.0 + 6, every));
            }
        }
        svg.append(labels);
        for (Box b : boxes.values()) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"10\" "
                    + "class=\"%s\"/>%n", b.x(), b.y(), BOX_W, BOX_H, b.more() ? "node more" : "node"));
            if (b.more()) {
                svg.append(text(b.cx(), b.y() + 42, "name", b.line2()));
                continue;
            }
            svg.append(text(b.cx(), b.y() + 24, "name", fit(b.name(), NAME_CHAR)));
            svg.append(text(b.cx(), b.y() + 44, "detail", fit(b.line2(), DETAIL_CHAR)));
            svg.append(text(b.cx(), b.y() + 62, "detail", fit(b.line3(), DETAIL_CHAR)));
        }
        return svg.append("</svg>").toString();
    }

    /** What is set on the one hop {@code c} (either direction), e.g. {@code client → classroom: loss 10%}. */
    private static String impairment(RunInfo info, RunInfo.Connection c) {
        List<String> parts = new ArrayList<>();
        for (RunInfo.HopImpairment h : info.impairments()) {
            if (h.netem().isBlank() || h.from().equals("*")) {
                continue;
            }
            if (h.from().equals(c.a()) && h.to().equals(c.b()) || h.from().equals(c.b()) && h.to().equals(c.a())) {
                parts.add(h.from() + " → " + h.to() + ": " + h.netem());
            }
        }
        return String.join("; ", parts);
    }

    /** What an access point's {@code radio:} sets on every station's radio hop, in words; empty if nothing. */
    private static String everyStation(RunInfo info, String ap) {
        for (RunInfo.HopImpairment h : info.impairments()) {
            if (h.from().equals("*") && h.to().equals(ap) && !h.netem().isBlank()) {
                return "every radio hop, both ways: " + h.netem();
            }
        }
        return "";
    }

    /**
     * A hop's label centred near ({@code x}, {@code y}), moved down (then up) until its box meets neither a node nor
     * another label, and kept inside the picture; its box is added to {@code placed}.
     */
    private static String label(List<double[]> placed, double x, double y, String text) {
        String shown = shorten(text, 60);
        double w = HOP_CHAR * shown.length();
        double h = 22;
        double cx = Math.max(w / 2 + 4, Math.min(WIDTH - w / 2 - 4, x));
        double[] box = null;
        for (int k = 0; k < 40; k++) {
            double dy = (k % 2 == 0 ? 1 : -1) * (k / 2) * (h + 2);
            double[] b = {cx - w / 2, y + dy - h + 5, cx + w / 2, y + dy + 5};
            if (placed.stream().noneMatch(p -> intersects(p, b))) {
                box = b;
                break;
            }
        }
        if (box == null) {
            box = new double[] {cx - w / 2, y - h + 5, cx + w / 2, y + 5};
        }
        placed.add(box);
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                + "class=\"hop-back\"/>%n<text x=\"%.1f\" y=\"%.1f\" class=\"hop\" text-anchor=\"middle\">%s</text>%n",
                box[0], box[1], box[2] - box[0], box[3] - box[1], (box[0] + box[2]) / 2, box[3] - 5,
                Html.escape(shown));
    }

    private static boolean intersects(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static Box box(RunInfo.Node n, int row) {
        String third = n.kind() == RunInfo.Kind.BOARD_AP ? "WiFi \"" + n.ssid() + "\""
                : n.program().isEmpty() ? n.kind().label().replace('_', ' ') : n.program();
        return new Box(n.name(), n.ip(), third, 0, ROW_Y[row], false);
    }

    private static void row(Map<String, Box> boxes, List<Box> row, int r, int lift) {
        int n = row.size();
        double gap = n == 0 ? 0 : (WIDTH - n * BOX_W) / (double) (n + 1);
        for (int i = 0; i < n; i++) {
            Box b = row.get(i);
            double x = gap + i * (BOX_W + gap);
            boxes.put(b.name(), new Box(b.name(), b.line2(), b.line3(), x, ROW_Y[r] - lift, b.more()));
        }
    }

    private static String text(double x, double y, String cls, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"%s\" text-anchor=\"middle\">%s</text>%n",
                x, y, cls, Html.escape(s));
    }

    /** {@code s} cut with an ellipsis to fit a box's width, at {@code charWidth} pixels a character (CJK twice). */
    static String fit(String s, double charWidth) {
        double room = BOX_W - 14;
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += charWidth * (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN ? 2 : 1);
            if (w > room) {
                return s.substring(0, Math.max(1, i - 1)) + "…";
            }
        }
        return s;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
