package org.udpsim.reports.charts;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * A chart ready to be written: its file name (without extension, also its id in a page), its title as a caption,
 * the JFreeChart that draws it, and the table of what it draws ({@code <name>.csv} beside its pictures).
 *
 * @param data what the chart plots; when not given, read off the chart's dataset ({@link ChartData#of})
 */
public record Chart(String name, String caption, JFreeChart chart, int width, int height, ChartData data) {
    public Chart {
        Objects.requireNonNull(chart, "chart");
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a chart's name is lower-case letters, digits and '-': " + name);
        }
        if (data == null) {
            data = ChartData.of(chart.getPlot());
        }
    }

    public Chart(String name, String caption, JFreeChart chart, int width, int height) {
        this(name, caption, chart, width, height, null);
    }

    public Chart(String name, String caption, JFreeChart chart) {
        this(name, caption, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }
}
