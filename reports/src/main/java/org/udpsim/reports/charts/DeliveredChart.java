package org.udpsim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
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
import org.udpsim.reports.data.Messages;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.text.Labels;

/**
 * Messages sent and delivered over time, counted up as the programs saw them: the gap between a stream's two lines
 * is what is lost or still on its way. Where the programs count messages ({@code msg_sent}/{@code msg_received}
 * records, as the message sender and receiver of a comparison do), a protocol's line is of those messages, so UDP
 * and TCP are counted alike on one axis. Elsewhere a UDP flow counts its datagrams (a copy counts once) and a TCP
 * flow the pieces of new data its sender sent, each delivered when the program can read it (in order).
 */
public final class DeliveredChart {
    private DeliveredChart() {
    }

    /** The chart {@code delivered-over-time}. */
    public static Chart of(RunData run, List<String> flows, Labels labels) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYStepRenderer r = new XYStepRenderer();
        double end = run.info().durationNanos() / 1e9;
        Messages messages = run.messages();
        List<String> streamsDone = new ArrayList<>();
        java.util.Map<String, Integer> nth = new java.util.HashMap<>();
        for (String flow : flows) {
            String protocol = FlowChoice.protocol(flow);
            String name = protocol.toUpperCase(Locale.ROOT);
            List<Long> sentTimes;
            List<Long> deliveredTimes;
            String sentLabel;
            String deliveredLabel;
            if (messages.has(protocol)) {
                if (streamsDone.contains(protocol)) {
                    continue;
                }
                streamsDone.add(protocol);
                sentTimes = messages.sendTimes(protocol);
                deliveredTimes = messages.delivered(protocol).stream().map(Messages.Received::receivedAt).toList();
                sentLabel = labels.get("delivered.sent", name);
                deliveredLabel = labels.get("delivered.delivered", name);
            } else {
                boolean tcp = protocol.equals("tcp");
                boolean several = flows.stream().filter(f -> FlowChoice.protocol(f).equals(protocol)).count() > 1;
                String who = several ? FlowChoice.describe(run, flow) : name;
                sentTimes = Arrivals.sendTimes(run, flow);
                deliveredTimes = Arrivals.handedOver(run, flow).stream().map(Arrivals.Arrival::arrivedAt).toList();
                sentLabel = labels.get(tcp ? "delivered.segmentsSent" : "delivered.datagramsSent", who);
                deliveredLabel = labels.get(tcp ? "delivered.segmentsDelivered" : "delivered.datagramsDelivered", who);
            }
            int i = data.getSeriesCount();
            data.addSeries(counted(sentLabel, sentTimes, end));
            data.addSeries(counted(deliveredLabel, deliveredTimes, end));
            Color c = ChartStyle.flowColor(protocol, nth.merge(protocol, 1, Integer::sum) - 1);
            r.setSeriesPaint(i, c);
            r.setSeriesStroke(i, ChartStyle.DASHED);
            r.setSeriesPaint(i + 1, c);
            r.setSeriesStroke(i + 1, new BasicStroke(4f));
        }
        NumberAxis x = new NumberAxis(labels.get("time.s"));
        x.setRange(0, Math.max(end, 1e-3));
        boolean anyUdp = flows.stream().anyMatch(f -> FlowChoice.protocol(f).equals("udp"));
        boolean anyTcp = flows.stream().anyMatch(f -> FlowChoice.protocol(f).equals("tcp"));
        String unit = !messages.protocols().isEmpty() ? "delivered.y"
                : anyUdp && anyTcp ? "delivered.yPackets" : anyTcp ? "delivered.ySegments" : "delivered.yDatagrams";
        NumberAxis y = new NumberAxis(labels.get(unit));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(labels.get("delivered.title"), ChartStyle.font(Font.BOLD, 30), plot, true);
        ChartStyle.apply(chart);
        FlowNote.add(chart, run, flows, labels);
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
