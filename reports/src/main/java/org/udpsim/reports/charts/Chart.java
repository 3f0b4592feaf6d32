package org.udpsim.reports.charts;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * A chart ready to be written: its file name (without extension, also its id in a page), its title as a caption,
 * and the JFreeChart that draws it.
 */
public record Chart(String name, String caption, JFreeChart chart, int width, int height) {
    public Chart {
        Objects.requireNonNull(chart, "chart");
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a chart's name is lower-case letters, digits and '-': " + name);
        }
    }

    public Chart(String name, String caption, JFreeChart chart) {
        this(name, caption, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }
}
