package org.udpsim.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.Messages;
import org.udpsim.reports.data.PacketTrip;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.text.Labels;

/**
 * One-way delay, over time and as a histogram. Where the programs count messages ({@code msg_*} records) a
 * protocol's series is the delay of every message its receiver got, from the sender's program handing it over to
 * the receiver's program getting it, so TCP's waiting for a retransmission (head-of-line blocking) shows; elsewhere
 * a flow's series is its delivered packets' delay, from the sender's IP to the receiver's transport. A histogram
 * whose delays spread over more than a factor of 20 has bins of equal ratio on a logarithmic axis, so a few late
 * messages show beside the many early ones.
 */
public final class DelayCharts {
    /** The most points drawn per series over time (the first ones sent); the chart says when it cuts. */
    public static final int MAX_POINTS = 5000;
    /** Histogram bins. */
    public static final int BINS = 25;

    private DelayCharts() {
    }

    /** The delays of one stream or flow: when each was sent (ns) and its delay (ns), in sending order. */
    private record Series(String name, String protocol, int nth, List<long[]> points) {
    }

    /** The chart {@code delay-over-time}. */
    public static Chart overTime(RunData run, List<String> flows, Labels labels) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        boolean cut = false;
        for (Series s : series(run, flows)) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (long[] p : s.points()) {
                if (xy.getItemCount() < MAX_POINTS) {
                    xy.add(p[0] / 1e9, p[1] / 1e6);
                }
            }
            cut |= s.points().size() > MAX_POINTS;
            int i = data.getSeriesCount();
            data.addSeries(xy);
            r.setSeriesPaint(i, ChartStyle.flowColor(s.protocol(), s.nth()));
            r.setSeriesShape(i, s.protocol().equals("tcp") ? new Rectangle2D.Double(-4, -4, 8, 8)
                    : new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        }
        NumberAxis y = new NumberAxis(labels.get(run.messages().protocols().isEmpty() ? "delay.y" : "delay.yMessages"));
        y.setAutoRangeIncludesZero(true);
        NumberAxis x = new NumberAxis(labels.get("delay.x"));
        x.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(labels.get("delay.title"), ChartStyle.font(Font.BOLD, 30), plot, true);
        ChartStyle.apply(chart);
        if (cut) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(labels.get("delay.cut", MAX_POINTS),
                    ChartStyle.font(Font.PLAIN, 18)));
        }
        FlowNote.add(chart, run, flows, labels);
        return new Chart("delay-over-time", labels.get("delay.title"), chart);
    }

    /** The chart {@code delay-distribution}: how many messages or packets took each delay. */
    public static Chart distribution(RunData run, List<String> flows, Labels labels) {
        List<Series> all = series(run, flows);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Series s : all) {
            for (long[] p : s.points()) {
                min = Math.min(min, p[1] / 1e6);
                max = Math.max(max, p[1] / 1e6);
            }
        }
        if (max < min) {
            min = 0;
            max = 1;
        }
        boolean log = min > 0 && max / min > 20;
        double[] edges = new double[BINS + 1];
        double pad = max - min < 1e-9 ? Math.max(0.05, max * 0.05) : 0;
        for (int i = 0; i <= BINS; i++) {
            edges[i] = log ? min * Math.pow(max / min, i / (double) BINS)
                    : (min - pad) + (max - min + 2 * pad) * i / BINS;
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYBarRenderer r = new XYBarRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        for (Series s : all) {
            if (s.points().isEmpty()) {
                continue;
            }
            long[] counts = new long[BINS];
            for (long[] p : s.points()) {
                counts[bin(edges, p[1] / 1e6)]++;
            }
            XYIntervalSeries bars = new XYIntervalSeries(s.name(), false, true);
            for (int i = 0; i < BINS; i++) {
                double mid = log ? Math.sqrt(edges[i] * edges[i + 1]) : (edges[i] + edges[i + 1]) / 2;
                bars.add(mid, edges[i], edges[i + 1], counts[i], counts[i], counts[i]);
            }
            int i = data.getSeriesCount();
            data.addSeries(bars);
            Color c = ChartStyle.flowColor(s.protocol(), s.nth());
            r.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), 170));
        }
        String xLabel = labels.get(run.messages().protocols().isEmpty() ? "delay.y" : "delay.yMessages");
        ValueAxis x;
        if (log) {
            LogAxis a = new LogAxis(labels.get("delay.log", xLabel));
            a.setBase(10);
            a.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
            a.setMinorTickCount(9);
            a.setMinorTickMarksVisible(true);
            a.setSmallestValue(edges[0]);
            a.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.#",
                    java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
            a.setRange(edges[0] / 1.1, edges[BINS] * 1.1);
            x = a;
        } else {
            NumberAxis a = new NumberAxis(xLabel);
            a.setAutoRangeIncludesZero(false);
            x = a;
        }
        NumberAxis y = new NumberAxis(labels.get(run.messages().protocols().isEmpty() ? "delayDist.y"
                : "delayDist.yMessages"));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(labels.get("delayDist.title"), ChartStyle.font(Font.BOLD, 30), plot, true);
        ChartStyle.apply(chart);
        FlowNote.add(chart, run, flows, labels);
        return new Chart("delay-distribution", labels.get("delayDist.title"), chart);
    }

    private static int bin(double[] edges, double v) {
        for (int i = 1; i < edges.length - 1; i++) {
            if (v < edges[i]) {
                return i - 1;
            }
        }
        return edges.length - 2;
    }

    /** The series the delay charts draw: a protocol's messages where the programs count them, else each flow. */
    private static List<Series> series(RunData run, List<String> flows) {
        Messages messages = run.messages();
        Map<String, Series> out = new LinkedHashMap<>();
        Map<String, Integer> nth = new HashMap<>();
        for (String flow : flows) {
            String protocol = FlowChoice.protocol(flow);
            String name = protocol.toUpperCase(Locale.ROOT);
            List<long[]> points = new ArrayList<>();
            if (messages.has(protocol)) {
                if (out.containsKey(protocol)) {
                    continue;
                }
                List<Messages.Received> got = new ArrayList<>(messages.delivered(protocol));
                got.sort(Comparator.comparingLong(Messages.Received::sentAt).thenComparingLong(Messages.Received::seq));
                got.forEach(m -> points.add(new long[] {m.sentAt(), m.delay()}));
                out.put(protocol, new Series(name, protocol, nth.merge(protocol, 1, Integer::sum) - 1, points));
                continue;
            }
            if (flows.stream().filter(f -> FlowChoice.protocol(f).equals(protocol)).count() > 1) {
                name = FlowChoice.describe(run, flow);
            }
            delivered(run, flow).forEach(t -> points.add(new long[] {t.sentAt(), t.delay()}));
            out.put(flow, new Series(name, protocol, nth.merge(protocol, 1, Integer::sum) - 1, points));
        }
        return new ArrayList<>(out.values());
    }

    private static List<PacketTrip> delivered(RunData run, String flow) {
        return run.tripsOf(flow).stream().filter(t -> t.end() == PacketTrip.End.DELIVERED)
                .sorted(Comparator.comparingLong(PacketTrip::sentAt).thenComparingLong(PacketTrip::id))
                .toList();
    }
}
