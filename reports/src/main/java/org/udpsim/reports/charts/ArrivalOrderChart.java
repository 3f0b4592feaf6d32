package org.udpsim.reports.charts;

import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.udpsim.reports.data.Arrivals;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.report.Labels;

/**
 * The order of arrival: each message's sequence number (its place in sending order) against the order in which the
 * receiver got it. In order, the points climb a straight staircase; a message that was overtaken by a later one
 * sits below the line and is marked.
 */
public final class ArrivalOrderChart {
    /** The most arrivals drawn per flow (the first ones). */
    public static final int MAX_POINTS = 400;

    private ArrivalOrderChart() {
    }

    /** The chart {@code arrival-order} of the given flows, one pair of series (in order, overtaken) per flow. */
    public static Chart of(RunData run, List<String> flows, Labels labels) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        for (String flow : flows) {
            String name = FlowChoice.protocol(flow).toUpperCase(Locale.ROOT);
            XYSeries inOrder = new XYSeries(labels.get("arrival.inOrder", name), false, true);
            XYSeries overtaken = new XYSeries(labels.get("arrival.reordered", name), false, true);
            List<Arrivals.Arrival> arrivals = Arrivals.inArrivalOrder(run, flow);
            for (int i = 0; i < Math.min(arrivals.size(), MAX_POINTS); i++) {
                Arrivals.Arrival a = arrivals.get(i);
                (a.overtaken() ? overtaken : inOrder).add(i + 1, a.number());
            }
            int s = data.getSeriesCount();
            data.addSeries(inOrder);
            data.addSeries(overtaken);
            r.setSeriesPaint(s, ChartStyle.of(FlowChoice.protocol(flow)));
            r.setSeriesShape(s, new Ellipse2D.Double(-5, -5, 10, 10));
            r.setSeriesPaint(s + 1, ChartStyle.REORDERED);
            r.setSeriesShape(s + 1, diamond(11));
        }
        NumberAxis x = new NumberAxis(labels.get("arrival.x"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis(labels.get("arrival.y"));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(labels.get("arrival.title"), ChartStyle.font(Font.BOLD, 30), plot, true);
        ChartStyle.apply(chart);
        return new Chart("arrival-order", labels.get("arrival.title"), chart);
    }

    static Path2D diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }
}
