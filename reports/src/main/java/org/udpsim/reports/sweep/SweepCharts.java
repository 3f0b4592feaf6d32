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

    /** Delivered share (in percent) against loss: {@code sweep-delivered}. */
    public static Chart deliveredShare(List<SweepPoint> points, Labels labels) {
        return of("sweep-delivered", labels.get("sweep.delivered.title"), labels.get("sweep.delivered.y"), points,
                labels, true);
    }

    /** In-order share (in percent) against loss: {@code sweep-in-order}. */
    public static Chart inOrderShare(List<SweepPoint> points, Labels labels) {
        return of("sweep-in-order", labels.get("sweep.inOrder.title"), labels.get("sweep.inOrder.y"), points, labels,
                true);
    }

    /** Time to first delivery (ms) against loss: {@code sweep-first-delivery}. */
    public static Chart timeToFirstDelivery(List<SweepPoint> points, Labels labels) {
        return of("sweep-first-delivery", labels.get("sweep.first.title"), labels.get("sweep.first.y"), points, labels,
                false);
    }

    /** One-way delay (ms) against loss: {@code sweep-delay}. */
    public static Chart delay(List<SweepPoint> points, Labels labels) {
        return of("sweep-delay", labels.get("sweep.delay.title"), labels.get("delay.y"), points, labels, false);
    }

    /**
     * A measure against loss, one band per protocol, protocols in alphabetical order (so {@code tcp} before
     * {@code udp}), points in order of loss.
     *
     * @param percent true if the measure is a share in percent: the axis then runs from 0 to 100
     */
    public static Chart of(String name, String title, String yLabel, List<SweepPoint> points, Labels labels,
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
            r.setSeriesPaint(i, ChartStyle.of(e.getKey()));
            r.setSeriesFillPaint(i, ChartStyle.of(e.getKey()));
            r.setSeriesStroke(i, new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            r.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
            i++;
        }
        NumberAxis x = new NumberAxis(labels.get("sweep.x"));
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
