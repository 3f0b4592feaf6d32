package org.udpsim.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeriesCollection;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.PacketTrip;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.data.TcpSegment;
import org.udpsim.reports.data.DropWords;
import org.udpsim.reports.text.Labels;

/**
 * A ladder (message sequence) diagram of a conversation's first packets, drawn from the trace: one time line per node
 * on the way (the client, the access point, the router, the server), named at the top, time running down, an arrow
 * per packet through the nodes that passed it on, and a cross where a lost packet died (halfway along the hop, or
 * at the node that dropped it), with why. UDP packets are numbered in sending order; TCP segments are named by their
 * flags (SYN, SYN-ACK, ACK, FIN), data segments by relative sequence number and length, and a segment sent again is
 * marked as a retransmission.
 *
 * <p>Time is linear, in ms from the first packet, with round ticks. Where packets crowd so that their labels find
 * no room (a TCP handshake a millisecond long before data that comes every 100 ms), the chart has two panels over
 * the same node columns, one above the other: on top the crowded stretch, enlarged, on its own linear axis and with
 * a pale yellow background; below, the whole time shown, on which the enlarged stretch is shaded the same yellow
 * and the packets wholly inside it are drawn but not labelled. A second panel rather than an inset: an inset would
 * cover packets of the whole, and two panels keep both time axes plain. Only the first crowded stretch is
 * enlarged; labels crowded elsewhere stand off their lines with a leader.
 *
 * <p>Where each label goes, and how arrows that would lie on each other are moved apart, is {@link LadderLayout}'s,
 * computed without drawing; {@link #layouts(Chart)} gives it for a chart's panels as drawn. What the ladder shows is
 * also {@link #rows data}, one row per packet.
 */
public final class LadderDiagram {
    /** The longest stretch of the conversation shown, from its first packet. */
    public static final long WINDOW_NANOS = 10_000_000_000L;
    /** The most packets shown. */
    public static final int MAX_PACKETS = 14;
    /** The chart's width; its height, and with an enlarged panel. */
    static final int WIDTH = 1000;
    static final int HEIGHT = 1000;
    static final int ZOOMED_HEIGHT = 1300;
    /** The room above time 0, for the first packet's label: a share of the time shown. */
    static final double TOP = 0.055;
    /** Roughly the data area of a one-panel ladder, to tell whether its labels would crowd. */
    static final Rectangle2D ESTIMATED_AREA = new Rectangle2D.Double(90, 100, 900, 860);

    private LadderDiagram() {
    }

    /**
     * What a ladder shows.
     *
     * @param shown its packets, in the order they started
     * @param columns the nodes, left to right
     * @param receiver the node the flow is for
     * @param t0 when the first packet started, ns: the ladder's 0
     * @param names each packet's label
     */
    record Conversation(List<PacketTrip> shown, List<String> columns, String receiver, long t0, List<String> names) {
    }

    /** The packets {@code flow}'s ladder shows: the flow's and its replies', from the first, within the window. */
    static Conversation conversation(RunData run, String flow, Labels labels) {
        List<PacketTrip> conversation = new ArrayList<>(run.tripsOf(flow));
        conversation.addAll(run.tripsOf(FlowChoice.reverse(flow)));
        conversation.sort(Comparator.comparingLong(PacketTrip::startTime).thenComparingLong(PacketTrip::id));
        String receiver = receiver(run, flow);
        if (!receiver.equals(run.nodeAt(FlowChoice.dst(flow)))) {
            // a broadcast: follow the copies to the one receiver that took the most, not to every station
            conversation.removeIf(t -> t.isCopy() && t.endPlace() != null && !t.endPlace().equals(receiver)
                    && !t.endPlace().endsWith("->" + receiver));
        }
        List<PacketTrip> shown = new ArrayList<>();
        long t0 = conversation.isEmpty() ? 0 : conversation.get(0).startTime();
        for (PacketTrip t : conversation) {
            if (t.startTime() - t0 <= WINDOW_NANOS && shown.size() < MAX_PACKETS) {
                shown.add(t);
            }
        }
        return new Conversation(shown, columns(run, flow, shown), receiver, t0, packetLabels(shown, labels));
    }

    /** How a packet on the ladder ended. */
    public enum Outcome {
        DELIVERED, DROPPED, IN_FLIGHT;

        /** {@code delivered}, {@code dropped}, {@code in_flight}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The names of {@link Row#cells()}, for a CSV's header. */
    public static final List<String> COLUMNS = List.of("label", "protocol", "from", "to", "sent_ms", "end_ms",
            "outcome", "reason", "reason_words");

    /**
     * One packet the ladder draws.
     *
     * @param label its label on the ladder ({@code #3}, {@code PSH-ACK seq 1 len 29 (retransmission)})
     * @param protocol {@code udp}, {@code tcp}
     * @param from the node that sent it, or where the copy was made (a node or a hop {@code a->b})
     * @param to the node it was delivered to, the node or hop where it died, or the last node that passed it on (in
     *     flight)
     * @param sentMs when it started, ms from the ladder's first packet
     * @param endMs when it was delivered or died, ms from the ladder's first packet; NaN in flight
     * @param reason why it died as the trace says ({@code radio}), empty unless dropped
     * @param reasonWords why it died in words ("radio: frame lost"), empty unless dropped
     */
    public record Row(String label, String protocol, String from, String to, double sentMs, double endMs,
            Outcome outcome, String reason, String reasonWords) {
        /** The row as text in the order of {@link #COLUMNS}; times to the microsecond, none in flight. */
        public List<String> cells() {
            return List.of(label, protocol, from, to, ms(sentMs), Double.isNaN(endMs) ? "" : ms(endMs),
                    outcome.word(), reason, reasonWords);
        }

        private static String ms(double v) {
            return String.format(Locale.ROOT, "%.3f", v);
        }
    }

    /**
     * The ladders of {@code flows}, one per conversation (a flow whose reverse already has one is left out), named
     * {@code ladder-<protocol>}, then {@code ladder-<protocol>-2}, … when a protocol has several.
     */
    public static List<Chart> of(RunData run, List<String> flows, Labels labels) {
        List<Chart> out = new ArrayList<>();
        List<String> drawn = new ArrayList<>();
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        for (String flow : flows) {
            if (drawn.contains(FlowChoice.reverse(flow))) {
                continue;
            }
            drawn.add(flow);
            Chart c = of(run, flow, labels);
            int k = count.merge(FlowChoice.protocol(flow), 1, Integer::sum);
            out.add(k == 1 ? c : new Chart(c.name() + "-" + k, c.caption(), c.chart(), c.width(), c.height(),
                    c.data()));
        }
        return out;
    }

    /** What the ladder of {@code flow} draws, one row per packet in the order they started. */
    public static List<Row> rows(RunData run, String flow, Labels labels) {
        Conversation c = conversation(run, flow, labels);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < c.shown().size(); i++) {
            PacketTrip t = c.shown().get(i);
            Outcome outcome = switch (t.end()) {
                case DELIVERED -> Outcome.DELIVERED;
                case DROPPED -> Outcome.DROPPED;
                case IN_FLIGHT -> Outcome.IN_FLIGHT;
            };
            String to = t.end() == PacketTrip.End.IN_FLIGHT
                    ? (t.steps().isEmpty() ? t.startPlace() : t.steps().get(t.steps().size() - 1).place())
                    : t.endPlace();
            double end = t.end() == PacketTrip.End.IN_FLIGHT ? Double.NaN : ms(t.endTime() - c.t0());
            String reason = outcome == Outcome.DROPPED && t.reason() != null ? t.reason() : "";
            rows.add(new Row(c.names().get(i), t.protocol(), t.startPlace(), to, ms(t.startTime() - c.t0()), end,
                    outcome, reason, DropWords.of(run, t, labels)));
        }
        return rows;
    }

    /** The ladder of {@code flow} and its replies, as the chart {@code ladder-<protocol>}. */
    public static Chart of(RunData run, String flow, Labels labels) {
        Conversation c = conversation(run, flow, labels);
        List<String> columns = c.columns();
        int n = columns.size();
        List<LadderLayout.Track> tracks = tracks(run, c, labels);
        double end = 0.01;
        for (LadderLayout.Track t : tracks) {
            end = Math.max(end, t.last());
        }
        Set<Integer> all = new TreeSet<>();
        for (int i = 0; i < tracks.size(); i++) {
            all.add(i);
        }
        Set<Integer> endpoints = new TreeSet<>(Set.of(0, Math.max(0, columns.indexOf(c.receiver()))));
        double[] zoom = zoom(tracks, n, end);
        SymbolAxis nodes = new SymbolAxis(null, columns.toArray(new String[0]));
        nodes.setGridBandsVisible(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(nodes);
        plot.setGap(40);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        Set<Integer> mainLabelled = all;
        if (zoom != null) {
            Set<Integer> zoomLabelled = new TreeSet<>();
            mainLabelled = new TreeSet<>();
            for (int i : all) {
                LadderLayout.Track t = tracks.get(i);
                if (t.first() <= zoom[1] && t.last() >= zoom[0]) {
                    zoomLabelled.add(i);
                }
                if (t.first() < zoom[0] || t.last() > zoom[1]) {
                    mainLabelled.add(i);
                }
            }
            double span = zoom[1] - zoom[0];
            LadderLayout.View view = new LadderLayout.View(-0.5, n - 0.5, n, zoom[0] - TOP * 1.5 * span,
                    zoom[1] + 0.08 * span, zoomLabelled, null);
            plot.add(panel(tracks, view, endpoints, labels.get("ladder.zoom.axis"), LadderPanel.ZOOM), 2);
        }
        LadderLayout.View view = new LadderLayout.View(-0.5, n - 0.5, n, -TOP * end, end * 1.05, mainLabelled, zoom);
        plot.add(panel(tracks, view, endpoints, labels.get("time.ms"), Color.WHITE), 3);
        nodes.setRange(-0.5, n - 0.5);
        String protocol = FlowChoice.protocol(flow);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(protocol.toUpperCase(Locale.ROOT), ChartStyle.of(protocol)));
        legend.add(new LegendItem(labels.get("ladder.lost"), ChartStyle.LOST));
        if (protocol.equals("tcp")) {
            legend.add(new LegendItem(labels.get("ladder.retransmission"), ChartStyle.REORDERED));
        }
        if (zoom != null) {
            legend.add(new LegendItem(labels.get("ladder.zoom.band"), ChartStyle.OKABE_ITO_YELLOW));
        }
        plot.setFixedLegendItems(legend);
        String title = labels.get("ladder.title", protocol.toUpperCase(Locale.ROOT));
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 30), plot, true);
        ChartStyle.apply(chart);
        nodes.setTickLabelFont(ChartStyle.font(Font.BOLD, 22));
        chart.addSubtitle(new TextTitle(run.nodeAt(FlowChoice.src(flow)) + " (" + FlowChoice.src(flow) + ")  →  "
                + c.receiver() + " (" + FlowChoice.dst(flow) + ")", ChartStyle.font(Font.PLAIN, 20)));
        List<List<String>> cells = rows(run, flow, labels).stream().map(Row::cells).toList();
        return new Chart("ladder-" + protocol, title, chart, WIDTH, zoom == null ? HEIGHT : ZOOMED_HEIGHT,
                new ChartData(COLUMNS, cells));
    }

    private static XYPlot panel(List<LadderLayout.Track> tracks, LadderLayout.View view, Set<Integer> endpoints,
            String axisLabel, Color background) {
        NumberAxis time = new NumberAxis(axisLabel);
        time.setInverted(true);
        time.setStandardTickUnits(ROUND_TICKS);
        time.setRange(view.msLow(), view.msHigh());
        ChartStyle.axis(time);
        XYPlot p = new XYPlot(new XYSeriesCollection(), null, time, new XYLineAndShapeRenderer());
        p.setBackgroundPaint(background);
        p.setOutlineVisible(false);
        p.setDomainGridlinesVisible(false);
        p.setRangeGridlinePaint(ChartStyle.GRID);
        p.addAnnotation(new LadderPanel(tracks, view, endpoints), false);
        return p;
    }

    /**
     * Each panel of a ladder chart laid out as it is drawn at the chart's size: the chart is drawn once, unseen, to
     * learn its panels' data areas, which {@link LadderLayout#of} then lays out; top panel first.
     */
    public static List<LadderLayout.Result> layouts(Chart ladder) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ladder.chart().draw(g, new Rectangle2D.Double(0, 0, ladder.width(), ladder.height()), info);
        g.dispose();
        List<LadderLayout.Result> out = new ArrayList<>();
        if (!(ladder.chart().getPlot() instanceof CombinedDomainXYPlot plot)) {
            throw new IllegalArgumentException("not a ladder: " + ladder.name());
        }
        List<XYPlot> panels = plot.getSubplots();
        for (int i = 0; i < panels.size(); i++) {
            XYPlot p = panels.get(i);
            Rectangle2D area = info.getPlotInfo().getSubplotInfo(i).getDataArea();
            for (Object a : p.getAnnotations()) {
                if (a instanceof LadderPanel panel) {
                    out.add(panel.layout(area, p.getDomainAxis(), p.getRangeAxis()));
                }
            }
        }
        return out;
    }

    /** The ladder's packets in node columns and ms from the first, named, coloured, with why they died. */
    static List<LadderLayout.Track> tracks(RunData run, Conversation c, Labels labels) {
        Map<String, Integer> x = new HashMap<>();
        for (int i = 0; i < c.columns().size(); i++) {
            x.put(c.columns().get(i), i);
        }
        String retransmission = "(" + labels.get("ladder.retransmission") + ")";
        List<LadderLayout.Track> tracks = new ArrayList<>();
        for (int i = 0; i < c.shown().size(); i++) {
            PacketTrip t = c.shown().get(i);
            List<double[]> points = new ArrayList<>();
            points.add(new double[] {column(x, t.startPlace()), ms(t.startTime() - c.t0())});
            for (PacketTrip.Step s : t.steps()) {
                points.add(new double[] {column(x, s.place()), ms(s.time() - c.t0())});
            }
            PacketArrow.Ending ending = PacketArrow.Ending.OPEN;
            if (t.end() != PacketTrip.End.IN_FLIGHT) {
                points.add(new double[] {column(x, t.endPlace()), ms(t.endTime() - c.t0())});
                ending = t.end() == PacketTrip.End.DELIVERED ? PacketArrow.Ending.ARROW : PacketArrow.Ending.CROSS;
            }
            if (points.size() < 2) {
                // still where it started when the run ended: a dot of a line
                points.add(points.get(0).clone());
            }
            String name = c.names().get(i);
            Color color = name.endsWith(retransmission) ? ChartStyle.REORDERED : ChartStyle.of(t.protocol());
            tracks.add(new LadderLayout.Track(name, DropWords.of(run, t, labels),
                    points.stream().mapToDouble(p -> p[0]).toArray(), points.stream().mapToDouble(p -> p[1]).toArray(),
                    ending, color, ending == PacketArrow.Ending.OPEN));
        }
        return tracks;
    }

    /**
     * The crowded stretch to enlarge, {from, to} in ms; null if none. On a one-panel ladder of roughly the usual
     * size, the packets whose labels would need a leader or find no room are crowded. The stretch begins with the
     * first of them, or with the packets just before it that start closer together than about a label's height and
     * a half (the SYN before a crowded handshake); it goes on to the packets that start as close after, or are
     * crowded too; it ends when the last of those and every packet starting before then has ended. One packet alone
     * is no crowd, and a stretch of more than a third of the time shown is no enlargement.
     */
    static double[] zoom(List<LadderLayout.Track> tracks, int columns, double end) {
        Set<Integer> all = new TreeSet<>();
        for (int i = 0; i < tracks.size(); i++) {
            all.add(i);
        }
        double low = -TOP * end;
        double high = end * 1.05;
        LadderLayout.View one = new LadderLayout.View(-0.5, columns - 0.5, columns, low, high, all, null);
        LadderLayout.Result r = LadderLayout.of(tracks, one, ESTIMATED_AREA);
        TreeSet<Integer> crowded = new TreeSet<>(r.unplaced());
        for (LadderLayout.Box b : r.boxes()) {
            if (b.leader() != null) {
                crowded.add(b.packet());
            }
        }
        if (crowded.isEmpty()) {
            return null;
        }
        double near = 36 * (high - low) / ESTIMATED_AREA.getHeight();
        int first = crowded.first();
        while (first > 0 && tracks.get(first).first() - tracks.get(first - 1).first() < near) {
            first--;
        }
        int last = crowded.first();
        while (last + 1 < tracks.size() && (crowded.contains(last + 1)
                || tracks.get(last + 1).first() - tracks.get(last).first() < near)) {
            last++;
        }
        if (last == first) {
            return null;
        }
        double from = tracks.get(first).first();
        double to = from;
        for (int j = first; j <= last; j++) {
            to = Math.max(to, tracks.get(j).last());
        }
        // and the whole of every packet that starts in the stretch
        for (double before = Double.NEGATIVE_INFINITY; to > before; ) {
            before = to;
            for (LadderLayout.Track t : tracks) {
                if (t.first() >= from && t.first() <= to) {
                    to = Math.max(to, t.last());
                }
            }
        }
        return to - from > end / 3 || to <= from ? null : new double[] {from, to};
    }

    /** Tick sizes of 1, 2 and 5 times a power of ten, from 0.1 µs to 1000 s; no label on a tick above 0. */
    static final TickUnits ROUND_TICKS = roundTicks();

    private static TickUnits roundTicks() {
        TickUnits units = new TickUnits();
        for (int e = -4; e <= 6; e++) {
            for (int m : new int[] {1, 2, 5}) {
                units.add(new NumberTickUnit(m * Math.pow(10, e), new RoundTick(Math.max(0, -e))));
            }
        }
        return units;
    }

    /** A tick's number with {@code decimals} decimals and thousands separated; nothing for a negative time. */
    static final class RoundTick extends NumberFormat {
        private final DecimalFormat format;

        RoundTick(int decimals) {
            format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                    DecimalFormatSymbols.getInstance(Locale.ROOT));
        }

        @Override
        public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
            return number < -1e-9 ? out : format.format(Math.abs(number) < 1e-9 ? 0 : number, out, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer out, FieldPosition pos) {
            return format((double) number, out, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return format.parse(source, pos);
        }
    }

    /**
     * The columns: the flow's sender first, the nodes its first forwarded packet passed, its receiver, then any other
     * node its packets (or the replies) reached.
     */
    static List<String> columns(RunData run, String flow, List<PacketTrip> shown) {
        List<String> cols = new ArrayList<>();
        String sender = run.nodeAt(FlowChoice.src(flow));
        cols.add(sender);
        PacketTrip model = shown.stream().filter(t -> t.flow().equals(flow) && !t.steps().isEmpty()).findFirst()
                .orElse(null);
        if (model != null) {
            for (PacketTrip.Step s : model.steps()) {
                add(cols, s.place());
            }
        }
        String receiver = receiver(run, flow);
        add(cols, receiver);
        for (PacketTrip t : shown) {
            for (PacketTrip.Step s : t.steps()) {
                add(cols, s.place());
            }
            if (t.end() != PacketTrip.End.IN_FLIGHT) {
                for (String end : t.endPlace().split("->")) {
                    add(cols, end);
                }
            }
        }
        return cols;
    }

    /**
     * The node the flow is for: its destination's node, or for a broadcast the node that took most of its packets
     * (the first such node in name order on a tie).
     */
    static String receiver(RunData run, String flow) {
        String dst = run.nodeAt(FlowChoice.dst(flow));
        if (run.info().node(dst) != null) {
            return dst;
        }
        java.util.TreeMap<String, Integer> taken = new java.util.TreeMap<>();
        for (PacketTrip t : run.tripsOf(flow)) {
            if (t.end() == PacketTrip.End.DELIVERED) {
                taken.merge(t.endPlace(), 1, Integer::sum);
            }
        }
        String best = dst;
        int most = 0;
        for (Map.Entry<String, Integer> e : taken.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static void add(List<String> cols, String node) {
        if (!cols.contains(node)) {
            cols.add(node);
        }
    }

    /** The column of a node, or halfway between the two ends of a hop {@code a->b}. */
    private static double column(Map<String, Integer> x, String place) {
        int arrow = place.indexOf("->");
        if (arrow < 0) {
            return x.getOrDefault(place, 0);
        }
        return (x.getOrDefault(place.substring(0, arrow), 0) + x.getOrDefault(place.substring(arrow + 2), 0)) / 2.0;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Each packet's label: {@code #3} for UDP; flags, relative sequence number and length for TCP. */
    public static List<String> packetLabels(List<PacketTrip> trips, Labels labels) {
        List<String> out = new ArrayList<>();
        Map<String, Long> isn = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (PacketTrip t : trips) {
            String direction = t.src() + ">" + t.dst();
            TcpSegment s = t.tcp();
            if (s == null) {
                int n = numbers.merge(direction, t.isCopy() ? 0 : 1, Integer::sum);
                out.add("#" + n + (t.isCopy() ? "'" : ""));
                continue;
            }
            if (s.has(TcpSegment.SYN)) {
                isn.putIfAbsent(direction, s.seq());
            }
            StringBuilder label = new StringBuilder(s.flagNames());
            long base = isn.getOrDefault(direction, s.seq());
            if (s.payloadLength() > 0) {
                label.append(" seq ").append((s.seq() - base) & 0xffffffffL).append(" len ").append(s.payloadLength());
            }
            if (s.sequenceLength() > 0 && !t.isCopy() && !seen.add(direction + " " + s.seq() + " " + s.flags())) {
                label.append(" (").append(labels.get("ladder.retransmission")).append(')');
            }
            out.add(label.toString());
        }
        return out;
    }
}
