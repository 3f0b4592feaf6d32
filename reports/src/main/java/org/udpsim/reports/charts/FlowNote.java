package org.udpsim.reports.charts;

import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.text.Labels;

/**
 * The line under a per-flow chart's title that says what it leaves out: a chart of some of a run's flows names
 * them and how many it does not show, and how to pick another ({@code --flow}), so it never passes for the whole
 * run.
 */
final class FlowNote {
    private FlowNote() {
    }

    /** Adds the note to {@code chart} when {@code shown} leaves flows of the run out; nothing otherwise. */
    static void add(JFreeChart chart, RunData run, List<String> shown, Labels labels) {
        int hidden = FlowChoice.notShown(run, shown).size();
        if (hidden > 0) {
            String names = String.join(", ", shown.stream().map(f -> FlowChoice.describe(run, f)).toList());
            TextTitle t = new TextTitle(labels.get("flows.notShown", names, hidden), ChartStyle.font(Font.PLAIN, 18));
            t.setPaint(ChartStyle.INK);
            chart.addSubtitle(t);
        }
    }
}
