package org.udpsim.reports.charts;

import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.udpsim.reports.data.Arrivals;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.Messages;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.text.Labels;

/**
 * The order of arrival, as the receiving program got its messages: each message's number in sending order against
 * the order it came in. In order, the points climb a straight staircase; a message overtaken by a later one sits
 * below it and is marked. Where programs count messages ({@code msg_*} records) a protocol's points are those
 * messages; elsewhere a UDP flow's datagrams as they reached the socket, and a TCP flow's data as the program could
 * read it (TCP hands data over only in order, so its points never fall below the staircase). UDP points are circles,
 * TCP points squares; an overtaken one a diamond.
 */
public final class ArrivalOrderChart {
    /** The most arrivals drawn per stream (the first ones). */
    public static final int MAX_POINTS = 400;

    private ArrivalOrderChart() {
    }

    /** The chart {@code arrival-order} of the given flows, a pair of series (in order, overtaken) per stream. */
    public static Chart of(RunData run, List<String> flows, Labels labels) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        Messages messages = run.messages();
        List<String> streamsDone = new ArrayList<>();
        Map<String, Integer> nth = new HashMap<>();
        for (String flow : flows) {
            String protocol = FlowChoice.protocol(flow);
            List<long[]> points = new ArrayList<>();
            String who = protocol.toUpperCase(Locale.ROOT);
            if (messages.has(protocol)) {
                if (streamsDone.contains(protocol)) {
                    continue;
                }
                streamsDone.add(protocol);
                for (Messages.Received m : messages.arrivals(protocol)) {
                    points.add(new long[] {m.seq() + 1, m.overtaken() ? 1 : 0});
                }
            } else {
                if (flows.stream().filter(f -> FlowChoice.protocol(f).equals(protocol)).count() > 1) {
                    who = FlowChoice.describe(run, flow);
                }
                for (Arrivals.Arrival a : Arrivals.inArrivalOrder(run, flow)) {
                    points.add(new long[] {a.number(), a.overtaken() ? 1 : 0});
                }
            }
            XYSeries inOrder = new XYSeries(labels.get("arrival.inOrder", who), false, true);
            XYSeries overtaken = new XYSeries(labels.get("arrival.reordered", who), false, true);
            for (int i = 0; i < Math.min(points.size(), MAX_POINTS); i++) {
                (points.get(i)[1] == 1 ? overtaken : inOrder).add(i + 1, points.get(i)[0]);
            }
            int s = data.getSeriesCount();
            data.addSeries(inOrder);
            r.setSeriesPaint(s, ChartStyle.flowColor(protocol, nth.merge(protocol, 1, Integer::sum) - 1));
            r.setSeriesShape(s, protocol.equals("tcp") ? new Rectangle2D.Double(-5, -5, 10, 10)
                    : new Ellipse2D.Double(-5.5, -5.5, 11, 11));
            if (overtaken.getItemCount() > 0 || !protocol.equals("tcp")) {
                data.addSeries(overtaken);
                r.setSeriesPaint(s + 1, ChartStyle.REORDERED);
                r.setSeriesShape(s + 1, diamond(11));
            }
        }
        NumberAxis x = new NumberAxis(labels.get("arrival.x"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis(labels.get("arrival.y"));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(labels.get("arrival.title"), ChartStyle.font(Font.BOLD, 30), plot, true);
        ChartStyle.apply(chart);
        FlowNote.add(chart, run, flows, labels);
        return new Chart("arrival-order", labels.get("arrival.title"), chart);
    }

    static Shape diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }
}
