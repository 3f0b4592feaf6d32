package org.udpsim.reports.report;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.udpsim.kernel.SimTime;
import org.udpsim.reports.data.OledFrameRef;
import org.udpsim.reports.data.PacketTrip;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.Html;
import org.udpsim.reports.text.PageFont;
import org.udpsim.reports.text.PictureFont;

/**
 * A board's OLED frames as the board showed them, in a row, each joined by a line to its moment on a time line
 * below, where the packets that reached the board are marked: the frame a packet caused stands next to it, and its
 * caption names the packet ({@code #3 from client}, numbered in its flow's sending order as in the ladder).
 */
public final class FilmStrip {
    /** The most frames drawn in a board's strip (the first ones); the page says how many more the GIF holds. */
    public static final int MAX_FRAMES = 40;
    /** The largest GIF put into the page itself; a larger one is linked ({@code oled/<board>.gif}). */
    public static final long MAX_INLINE_GIF = 3L << 20;
    static final int WIDTH = 1200;
    /** The room a frame takes in a strip wider than the page, which then scrolls. */
    static final double SLOT = 175;
    static final int THUMB_W = 128;
    static final int THUMB_H = 64;
    static final double SCALE = 1.1;
    /** Its own fonts and colours, so the strip looks the same alone ({@code charts/filmstrip-*.svg}) as in the page. */
    private static final String FONTS = PictureFont.CSS_FAMILIES_SINGLE_QUOTED;

    private FilmStrip() {
    }

    /** The strip of {@code board}, an {@code <svg>} element with the frames' pictures inline. */
    public static String svg(RunData run, String board, Labels labels) throws IOException {
        List<OledFrameRef> frames = run.frames().getOrDefault(board, List.of());
        List<OledFrameRef> shown = frames.subList(0, Math.min(frames.size(), MAX_FRAMES));
        if (shown.isEmpty()) {
            return "";
        }
        List<PacketTrip> arrivals = new ArrayList<>();
        for (PacketTrip t : run.trips()) {
            if (t.end() != PacketTrip.End.IN_FLIGHT && board.equals(t.endPlace())) {
                arrivals.add(t);
            }
        }
        Map<Long, Integer> numbers = numbers(run);
        long from = shown.get(0).time();
        long to = shown.get(shown.size() - 1).time();
        long pad = Math.max((to - from) / 20, SimTime.MILLISECOND * 50);
        from = Math.max(0, from - pad);
        to = to + pad;
        double w = THUMB_W * SCALE;
        double h = THUMB_H * SCALE;
        int width = (int) Math.max(WIDTH, shown.size() * SLOT + 40);
        double gap = (width - shown.size() * w) / (shown.size() + 1);
        double axisY = h + 150;
        double left = 40;
        double right = width - 40;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"filmstrip\" "
                + "viewBox=\"0 0 %d %d\" width=\"%d\" role=\"img\" font-family=\"" + FONTS + "\" font-size=\"16\">%n",
                width, (int) axisY + 50, width));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                + "stroke=\"#444\" stroke-width=\"3\"/>%n", left, axisY, right, axisY));
        for (PacketTrip t : arrivals) {
            if (t.endTime() >= from && t.endTime() <= to) {
                double x = left + (right - left) * (t.endTime() - from) / (double) (to - from);
                boolean delivered = t.end() == PacketTrip.End.DELIVERED;
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\"/>%n", x,
                        axisY, delivered ? "#0072b2" : "#d55e00"));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s s</text>%n", left,
                axisY + 30, seconds(from)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">"
                + "%s s</text>%n", right, axisY + 30, seconds(to)));
        long previous = -1;
        for (int i = 0; i < shown.size(); i++) {
            OledFrameRef f = shown.get(i);
            double x = gap + i * (w + gap);
            double tx = left + (right - left) * (f.time() - from) / (double) (to - from);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#999\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>%n", x + w / 2, h + 76, tx, axisY));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"#111\"/>%n", x - 3, w + 6, h + 6));
            if (Files.isRegularFile(f.png())) {
                svg.append(String.format(Locale.ROOT, "<image x=\"%.1f\" y=\"3\" width=\"%.1f\" height=\"%.1f\" "
                        + "preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" "
                        + "href=\"data:image/png;base64,%s\"><title>%s</title></image>%n", x, w, h,
                        Base64.getEncoder().encodeToString(Files.readAllBytes(f.png())),
                        Html.escape(String.join(" | ", f.screen()))));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" "
                    + "text-anchor=\"middle\">%s s</text>%n", x + w / 2, h + 28, seconds(f.time())));
            PacketTrip cause = cause(arrivals, previous, f.time());
            if (cause != null) {
                String what = cause.tcp() != null ? cause.tcp().flagNames()
                        : "#" + numbers.getOrDefault(cause.origin(), 0);
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#333\" "
                        + "text-anchor=\"middle\"><tspan x=\"%.1f\">%s</tspan><tspan x=\"%.1f\" dy=\"19\">%s</tspan>"
                        + "</text>%n", x + w / 2, h + 48, x + w / 2,
                        Html.escape(labels.get("page.filmstrip.after", what)), x + w / 2,
                        Html.escape(labels.get("page.filmstrip.from", cause.sender()))));
            }
            previous = f.time();
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A strip's {@link #svg} as a standalone file ({@code charts/filmstrip-<board>.svg}), carrying the glyphs of its
     * Chinese characters ({@link PageFont#embedInSvg}).
     */
    public static String document(String svg) {
        return PageFont.embedInSvg("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n");
    }

    /**
     * The strip of {@code board} for the page: its {@link #svg}, a line that says how many frames it leaves out, and
     * the board's whole film, {@code oled/<board>.gif}, inline (or linked when larger than
     * {@link #MAX_INLINE_GIF}).
     *
     * @param folder the run folder's path from the page, {@code ""} or {@code "udp/"}
     */
    public static String html(RunData run, String board, String svg, String folder, Labels labels)
            throws IOException {
        List<OledFrameRef> frames = run.frames().getOrDefault(board, List.of());
        StringBuilder h = new StringBuilder("<div class=\"strip-scroll\">").append(svg).append("</div>\n");
        if (frames.isEmpty()) {
            return h.toString();
        }
        java.nio.file.Path gif = frames.get(0).png().getParent().resolveSibling(board + ".gif");
        String link = folder + "oled/" + board + ".gif";
        if (frames.size() > MAX_FRAMES) {
            h.append("<p class=\"note\">").append(Html.escape(labels.get("page.filmstrip.more", MAX_FRAMES,
                    frames.size(), frames.size() - MAX_FRAMES, link))).append("</p>\n");
        }
        if (Files.isRegularFile(gif)) {
            String src = Files.size(gif) <= MAX_INLINE_GIF
                    ? "data:image/gif;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(gif))
                    : Html.escape(link);
            h.append("<figure class=\"gif\"><img class=\"oled-gif\" alt=\"").append(Html.escape(
                    labels.get("page.filmstrip.gif", board))).append("\" src=\"").append(src)
                    .append("\"><figcaption>").append(Html.escape(labels.get("page.filmstrip.gif", board)))
                    .append(" (").append(Html.escape(link)).append(")</figcaption></figure>\n");
        }
        return h.toString();
    }

    /** The last packet delivered to the board after the previous frame and no later than this one. */
    static PacketTrip cause(List<PacketTrip> arrivals, long after, long upTo) {
        PacketTrip cause = null;
        for (PacketTrip t : arrivals) {
            if (t.end() == PacketTrip.End.DELIVERED && t.endTime() > after && t.endTime() <= upTo) {
                cause = t;
            }
        }
        return cause;
    }

    /** Each original packet's number in its flow's sending order, from 1, by id. */
    static Map<Long, Integer> numbers(RunData run) {
        Map<String, Integer> counters = new HashMap<>();
        Map<Long, Integer> out = new HashMap<>();
        for (PacketTrip t : run.trips()) {
            if (!t.isCopy()) {
                out.put(t.id(), counters.merge(t.flow(), 1, Integer::sum));
            }
        }
        return out;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
