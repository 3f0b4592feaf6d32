package org.udpsim.reports.charts;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Font;
import java.util.Iterator;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.udpsim.reports.report.Labels;

/** Drops by reason and place: a bar per node or hop where packets died, stacked by why. */
public final class DropsChart {
    private static final Color[] REASONS = {new Color(0xd6, 0x27, 0x28), new Color(0xff, 0x7f, 0x0e),
        new Color(0x94, 0x67, 0xbd), new Color(0x8c, 0x56, 0x4b), new Color(0x17, 0xbe, 0xcf),
        new Color(0x7f, 0x7f, 0x7f), new Color(0xbc, 0xbd, 0x22), new Color(0xe3, 0x77, 0xc2)};

    private DropsChart() {
    }

    /** The chart {@code drops}, from {@code summary.json}'s {@code drops_by_place}. */
    public static Chart of(JsonNode summary, Labels labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Iterator<Map.Entry<String, JsonNode>> it = summary.path("drops_by_place").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            int space = e.getKey().lastIndexOf(' ');
            String place = e.getKey().substring(0, space);
            String reason = e.getKey().substring(space + 1);
            data.addValue(e.getValue().asLong(), labels.reason(reason), place.replace("->", " → "));
        }
        StackedBarRenderer r = new StackedBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.18);
        for (int i = 0; i < REASONS.length; i++) {
            r.setSeriesPaint(i, REASONS[i]);
        }
        CategoryAxis x = new CategoryAxis(labels.get("drops.x"));
        if (data.getColumnCount() > 4) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis y = new NumberAxis(labels.get("drops.y"));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setNoDataMessage(labels.get("drops.none"));
        plot.setNoDataMessageFont(ChartStyle.font(Font.PLAIN, 28));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(labels.get("drops.title"), ChartStyle.font(Font.BOLD, 30), plot, true);
        ChartStyle.apply(chart);
        return new Chart("drops", labels.get("drops.title"), chart);
    }
}
