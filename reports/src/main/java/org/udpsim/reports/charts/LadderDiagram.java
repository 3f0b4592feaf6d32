package org.udpsim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeriesCollection;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.PacketTrip;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.data.TcpSegment;
import org.udpsim.reports.report.Labels;

/**
 * A ladder (message sequence) diagram of a conversation's first packets, drawn from the trace: one time line per node
 * on the way (the client, the access point, the router, the server), time running down, an arrow per packet through
 * the nodes that passed it on, and a red cross where a lost packet died (halfway along the hop, or at the node that
 * dropped it). UDP packets are numbered in sending order; TCP segments are named by their flags (SYN, SYN-ACK,
 * ACK, FIN), data segments by relative sequence number and length, and a segment sent again is marked as a
 * retransmission.
 */
public final class LadderDiagram {
    /** The longest stretch of the conversation shown, from its first packet. */
    public static final long WINDOW_NANOS = 10_000_000_000L;
    /** The most packets shown. */
    public static final int MAX_PACKETS = 14;

    private LadderDiagram() {
    }

    /** The ladder of {@code flow} and its replies, as the chart {@code ladder-<protocol>}. */
    public static Chart of(RunData run, String flow, Labels labels) {
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
        List<String> columns = columns(run, flow, shown);
        Map<String, Integer> x = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            x.put(columns.get(i), i);
        }
        String protocol = FlowChoice.protocol(flow);
        NumberAxis time = new NumberAxis(labels.get("time.ms"));
        time.setInverted(true);
        time.setAutoRangeIncludesZero(true);
        double end = 0;
        XYPlot plot = new XYPlot(new XYSeriesCollection(), new SymbolAxis(null, columns.toArray(new String[0])), time,
                new XYLineAndShapeRenderer());
        List<String> labelsOf = packetLabels(shown, labels);
        TimeWarp warp = warp(shown, t0);
        if (warp.stretches()) {
            time.setLabel(labels.get("ladder.stretched"));
            time.setNumberFormatOverride(warp.format());
        }
        for (int i = 0; i < shown.size(); i++) {
            PacketTrip t = shown.get(i);
            List<double[]> points = new ArrayList<>();
            points.add(new double[] {column(x, t.startPlace()), start(shown, i, t0)});
            for (PacketTrip.Step s : t.steps()) {
                points.add(new double[] {column(x, s.place()), ms(s.time() - t0)});
            }
            PacketArrow.Ending ending = PacketArrow.Ending.OPEN;
            if (t.end() != PacketTrip.End.IN_FLIGHT) {
                points.add(new double[] {column(x, t.endPlace()), ms(t.endTime() - t0)});
                ending = t.end() == PacketTrip.End.DELIVERED ? PacketArrow.Ending.ARROW : PacketArrow.Ending.CROSS;
            }
            if (points.size() < 2) {
                continue;
            }
            double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
            double[] ys = points.stream().mapToDouble(p -> warp.y(p[1])).toArray();
            end = Math.max(end, ys[ys.length - 1]);
            boolean retransmission = labelsOf.get(i).endsWith(labels.get("ladder.retransmission") + ")");
            Color color = retransmission ? ChartStyle.REORDERED : ChartStyle.of(t.protocol());
            plot.addAnnotation(new PacketArrow(xs, ys, color, ending, labelsOf.get(i),
                    ending == PacketArrow.Ending.OPEN, t.reason() == null ? "" : labels.reason(t.reason())));
        }
        double bottom = Math.max(end * 1.04, 1);
        time.setRange(-bottom * 0.04, bottom);
        for (int i = 0; i < columns.size(); i++) {
            boolean endpoint = i == 0 || columns.get(i).equals(receiver);
            plot.addAnnotation(new XYLineAnnotation(i, -bottom * 0.04, i, bottom,
                    new BasicStroke(endpoint ? 4f : 2f), endpoint ? ChartStyle.INK : Color.GRAY), false);
        }
        plot.getDomainAxis().setRange(-0.5, columns.size() - 0.5);
        plot.getDomainAxis().setTickLabelFont(ChartStyle.font(Font.BOLD, 22));
        plot.setDomainGridlinesVisible(false);
        ((SymbolAxis) plot.getDomainAxis()).setGridBandsVisible(false);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(protocol.toUpperCase(Locale.ROOT), ChartStyle.of(protocol)));
        legend.add(new LegendItem(labels.get("ladder.lost"), ChartStyle.LOST));
        if (protocol.equals("tcp")) {
            legend.add(new LegendItem(labels.get("ladder.retransmission"), ChartStyle.REORDERED));
        }
        plot.setFixedLegendItems(legend);
        String title = labels.get("ladder.title", protocol.toUpperCase(Locale.ROOT));
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 30), plot, true);
        ChartStyle.apply(chart);
        chart.addSubtitle(new TextTitle(run.nodeAt(FlowChoice.src(flow)) + " (" + FlowChoice.src(flow) + ")  →  "
                + receiver + " (" + FlowChoice.dst(flow) + ")", ChartStyle.font(Font.PLAIN, 20)));
        return new Chart("ladder-" + protocol, title, chart, 1000, 1000);
    }

    /**
     * When packet {@code i} starts, in ms from {@code t0}; packets that start at the same instant are told apart by a
     * nanosecond each, so that the stretched axis draws them one below the other.
     */
    static double start(List<PacketTrip> shown, int i, long t0) {
        int same = 0;
        for (int j = 0; j < i; j++) {
            same += shown.get(j).startTime() == shown.get(i).startTime() ? 1 : 0;
        }
        return ms(shown.get(i).startTime() - t0 + same);
    }

    /**
     * The time axis's stretch: packets start at least a fortieth of the shown time apart, so a handshake of a
     * millisecond stays readable beside data a second later.
     */
    static TimeWarp warp(List<PacketTrip> shown, long t0) {
        double[] starts = new double[shown.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = start(shown, i, t0);
        }
        double last = 0;
        for (PacketTrip t : shown) {
            last = Math.max(last, ms((t.end() == PacketTrip.End.IN_FLIGHT ? t.startTime() : t.endTime()) - t0));
        }
        return new TimeWarp(starts, Math.max(last, 1e-3) / (2.5 * Math.max(shown.size(), 1)));
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
