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
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.udpsim.reports.charts.Chart;
import org.udpsim.reports.charts.ChartStyle;
import org.udpsim.reports.text.Labels;

/**
 * The charts of a sweep: a figure against the varied value, one line per protocol (its mean over the runs of each
 * point) inside a shaded band (the 95 % interval of that mean, a percentile bootstrap, so a share's band stays
 * within 0-100 % and a time's above 0). Every axis names its unit; a varied value whose numbers are all whole
 * (a board count, a retry limit) gets whole-number ticks.
 */
public final class SweepCharts {
    /** The font size of the band's note under the title, in pixels of the 1280-pixel-wide chart. */
    static final int NOTE_SIZE = 20;

    private SweepCharts() {
    }

    /**
     * The x axis of a sweep's charts.
     *
     * @param name what it is, in a few words, for the titles ("loss rate (client → classroom)")
     * @param label the axis's label, unit included
     * @param integer true for whole-number ticks
     */
    public record XAxis(String name, String label, boolean integer) {
    }

    /**
     * The chart of one figure of a sweep ({@link SweepFolder#FIGURES}) against the varied value: {@code sweep-<figure>}.
     *
     * @param runs the runs at each point, for the band's note
     */
    public static Chart of(String figure, List<SweepPoint> points, XAxis x, int runs, Labels labels) {
        String y = labels.get("sweep.figure." + figure);
        return switch (figure) {
            case "delivered_share" -> of("sweep-delivered", labels.get("sweep.delivered.title", x.name()), y, x,
                    points, labels, true, runs);
            case "in_order_share" -> of("sweep-in-order", labels.get("sweep.inOrder.title", x.name()), y, x, points,
                    labels, true, runs);
            case "first_delivery_ms" -> of("sweep-first-delivery", labels.get("sweep.first.title", x.name()), y, x,
                    points, labels, false, runs);
            case "delay_ms" -> of("sweep-delay", labels.get("sweep.delayMedian.title", x.name()), y, x, points, labels,
                    false, runs);
            default -> throw new IllegalArgumentException("no chart for the figure " + figure);
        };
    }

    /** Delivered share (in percent) against the loss rate (in percent), for {@code runs} runs a point. */
    public static Chart deliveredShare(List<SweepPoint> points, int runs, Labels labels) {
        return of("delivered_share", points, new XAxis(labels.get("sweep.loss"), labels.get("sweep.x"), false), runs,
                labels);
    }

    /**
     * A figure against the varied value, one band per series, protocols in alphabetical order (so {@code tcp} before
     * {@code udp}), points in order of the varied value.
     *
     * @param percent true if the figure is a share in percent: the axis then runs from 0 to 100
     */
    static Chart of(String name, String title, String yLabel, XAxis xAxis, List<SweepPoint> points, Labels labels,
            boolean percent, int runs) {
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
        NumberAxis x = new NumberAxis(xAxis.label());
        x.setAutoRangeIncludesZero(true);
        if (xAxis.integer()) {
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        }
        NumberAxis y = new NumberAxis(yLabel);
        if (percent) {
            y.setRange(0, 100.5);
        } else {
            y.setAutoRangeIncludesZero(true);
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 30), plot, true);
        chart.addSubtitle(new TextTitle(labels.get("sweep.bootstrapBand", runs), ChartStyle.font(Font.PLAIN, NOTE_SIZE)));
        ChartStyle.apply(chart);
        return new Chart(name, title, chart);
    }
}
