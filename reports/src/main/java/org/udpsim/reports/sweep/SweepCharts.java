package org.udpsim.reports.sweep;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.udpsim.reports.charts.Chart;
import org.udpsim.reports.charts.ChartStyle;
import org.udpsim.reports.report.Labels;

/**
 * The charts of a sweep: a measure against the loss rate, one line per protocol (its mean) inside a shaded band (its
 * 95 % confidence interval).
 */
public final class SweepCharts {
    private SweepCharts() {
    }

    /**
     * The chart of one figure of a sweep ({@link SweepFolder#FIGURES}) against the varied value: {@code sweep-<figure>}.
     *
     * @param variedName what the x axis is, in words ("loss rate")
     * @param xLabel the x axis's label, unit included ("loss rate (%)")
     */
    public static Chart of(String figure, List<SweepPoint> points, String variedName, String xLabel, Labels labels) {
        return switch (figure) {
            case "delivered_share" -> of("sweep-delivered", labels.get("sweep.delivered.title", variedName),
                    labels.get("sweep.delivered.y"), xLabel, points, labels, true);
            case "in_order_share" -> of("sweep-in-order", labels.get("sweep.inOrder.title", variedName),
                    labels.get("sweep.inOrder.y"), xLabel, points, labels, true);
            case "first_delivery_ms" -> of("sweep-first-delivery", labels.get("sweep.first.title", variedName),
                    labels.get("sweep.first.y"), xLabel, points, labels, false);
            case "delay_ms" -> of("sweep-delay", labels.get("sweep.delay.title", variedName), labels.get("delay.y"),
                    xLabel, points, labels, false);
            default -> throw new IllegalArgumentException("no chart for the figure " + figure);
        };
    }

    /** Delivered share (in percent) against the loss rate (in percent). */
    public static Chart deliveredShare(List<SweepPoint> points, Labels labels) {
        return of("delivered_share", points, labels.get("sweep.loss"), labels.get("sweep.x"), labels);
    }

    /**
     * A figure against the varied value, one band per series, protocols in alphabetical order (so {@code tcp} before
     * {@code udp}), points in order of loss.
     *
     * @param percent true if the measure is a share in percent: the axis then runs from 0 to 100
     */
    static Chart of(String name, String title, String yLabel, String xLabel, List<SweepPoint> points, Labels labels,
            boolean percent) {
        Map<String, YIntervalSeries> byProtocol = new TreeMap<>();
        for (SweepPoint p : points) {
            byProtocol.computeIfAbsent(p.protocol(), k -> new YIntervalSeries(k.toUpperCase(Locale.ROOT), true, false))
                    .add(p.point(), p.mean(), p.ciLow(), p.ciHigh());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setAlpha(0.25f);
        int i = 0;
        for (Map.Entry<String, YIntervalSeries> e : byProtocol.entrySet()) {
            data.addSeries(e.getValue());
            r.setSeriesPaint(i, ChartStyle.of(e.getKey().split(" ")[0]));
            r.setSeriesFillPaint(i, ChartStyle.of(e.getKey().split(" ")[0]));
            r.setSeriesStroke(i, new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            r.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
            i++;
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = new NumberAxis(yLabel);
        if (percent) {
            y.setRange(0, 100.5);
        } else {
            y.setAutoRangeIncludesZero(true);
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 30), plot, true);
        ChartStyle.apply(chart);
        chart.addSubtitle(new org.jfree.chart.title.TextTitle(labels.get("sweep.band"),
                ChartStyle.font(Font.PLAIN, 20)));
        return new Chart(name, title, chart);
    }
}
