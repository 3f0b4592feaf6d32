package org.udpsim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.udpsim.reports.data.Arrivals;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.report.Labels;

/**
 * Messages sent and delivered over time, counted up: the gap between a flow's two lines is what is lost or still
 * on its way. TCP carries a stream, not messages: its count is of data segments (a sender may put several of the
 * program's messages in one), each counted as delivered when the stream holds it in order, as the program gets it.
 */
public final class DeliveredChart {
    private DeliveredChart() {
    }

    /** The chart {@code delivered-over-time}. */
    public static Chart of(RunData run, List<String> flows, Labels labels) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYStepRenderer r = new XYStepRenderer();
        double end = run.info().durationNanos() / 1e9;
        for (String flow : flows) {
            String name = FlowChoice.protocol(flow).toUpperCase(Locale.ROOT);
            boolean tcp = FlowChoice.protocol(flow).equals("tcp");
            XYSeries sent = counted(labels.get(tcp ? "delivered.segmentsSent" : "delivered.sent", name),
                    Arrivals.sendTimes(run, flow), end);
            XYSeries delivered = counted(labels.get(tcp ? "delivered.segmentsDelivered" : "delivered.delivered", name),
                    Arrivals.handedOver(run, flow).stream().map(Arrivals.Arrival::arrivedAt).toList(), end);
            int i = data.getSeriesCount();
            data.addSeries(sent);
            data.addSeries(delivered);
            r.setSeriesPaint(i, ChartStyle.of(FlowChoice.protocol(flow)));
            r.setSeriesStroke(i, ChartStyle.DASHED);
            r.setSeriesPaint(i + 1, ChartStyle.of(FlowChoice.protocol(flow)));
            r.setSeriesStroke(i + 1, new BasicStroke(3.5f));
        }
        NumberAxis x = new NumberAxis(labels.get("time.s"));
        x.setRange(0, Math.max(end, 1e-3));
        NumberAxis y = new NumberAxis(labels.get("delivered.y"));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(labels.get("delivered.title"), ChartStyle.font(Font.BOLD, 30), plot, true);
        ChartStyle.apply(chart);
        return new Chart("delivered-over-time", labels.get("delivered.title"), chart);
    }

    /** A count that steps up by one at each time, from 0 at the start to its total at {@code endSeconds}. */
    private static XYSeries counted(String name, List<Long> times, double endSeconds) {
        XYSeries s = new XYSeries(name, false, true);
        s.add(0, 0);
        int n = 0;
        for (long t : times.stream().sorted().toList()) {
            s.add(t / 1e9, ++n);
        }
        s.add(endSeconds, n);
        return s;
    }
}
