package org.udpsim.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.PacketTrip;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.report.Labels;

/**
 * One-way delay of the delivered packets (from the sender handing a packet to IP to the receiver's transport taking
 * it): over time, and as a histogram. One series per flow, coloured by protocol.
 */
public final class DelayCharts {
    /** The most packets drawn per flow over time (the first ones). */
    public static final int MAX_POINTS = 1000;
    /** Histogram bins. */
    public static final int BINS = 25;

    private DelayCharts() {
    }

    /** The chart {@code delay-over-time}. */
    public static Chart overTime(RunData run, List<String> flows, Labels labels) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        for (String flow : flows) {
            XYSeries s = new XYSeries(FlowChoice.protocol(flow).toUpperCase(Locale.ROOT), false, true);
            for (PacketTrip t : delivered(run, flow)) {
                if (s.getItemCount() < MAX_POINTS) {
                    s.add(t.sentAt() / 1e9, t.delay() / 1e6);
                }
            }
            int i = data.getSeriesCount();
            data.addSeries(s);
            r.setSeriesPaint(i, ChartStyle.of(FlowChoice.protocol(flow)));
            r.setSeriesShape(i, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        }
        NumberAxis y = new NumberAxis(labels.get("delay.y"));
        y.setAutoRangeIncludesZero(true);
        NumberAxis x = new NumberAxis(labels.get("delay.x"));
        x.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(labels.get("delay.title"), ChartStyle.font(Font.BOLD, 30), plot, true);
        ChartStyle.apply(chart);
        return new Chart("delay-over-time", labels.get("delay.title"), chart);
    }

    /** The chart {@code delay-distribution}: how many packets took each delay. */
    public static Chart distribution(RunData run, List<String> flows, Labels labels) {
        HistogramDataset data = new HistogramDataset();
        XYBarRenderer r = new XYBarRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        List<double[]> values = new ArrayList<>();
        for (String flow : flows) {
            double[] v = delivered(run, flow).stream().mapToDouble(t -> t.delay() / 1e6).toArray();
            values.add(v);
            for (double d : v) {
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        if (max < min) {
            min = 0;
            max = 1;
        }
        double pad = max - min < 1e-9 ? Math.max(0.05, max * 0.05) : 0;
        for (int i = 0; i < flows.size(); i++) {
            if (values.get(i).length > 0) {
                int s = data.getSeriesCount();
                data.addSeries(FlowChoice.protocol(flows.get(i)).toUpperCase(Locale.ROOT), values.get(i), BINS,
                        min - pad, max + pad);
                Color c = ChartStyle.of(FlowChoice.protocol(flows.get(i)));
                r.setSeriesPaint(s, new Color(c.getRed(), c.getGreen(), c.getBlue(), 170));
            }
        }
        NumberAxis x = new NumberAxis(labels.get("delay.y"));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(labels.get("delayDist.y"));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(labels.get("delayDist.title"), ChartStyle.font(Font.BOLD, 30), plot, true);
        ChartStyle.apply(chart);
        return new Chart("delay-distribution", labels.get("delayDist.title"), chart);
    }

    private static List<PacketTrip> delivered(RunData run, String flow) {
        return run.tripsOf(flow).stream().filter(t -> t.end() == PacketTrip.End.DELIVERED)
                .sorted(java.util.Comparator.comparingLong(PacketTrip::sentAt).thenComparingLong(PacketTrip::id))
                .toList();
    }
}
