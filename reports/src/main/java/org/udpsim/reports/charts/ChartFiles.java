package org.udpsim.reports.charts;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.udpsim.reports.text.PageFont;

/**
 * Draws a {@link Chart} as SVG (text kept as text, so the browser renders CJK labels with its own fonts even where
 * the JVM has no CJK font) and as PNG. The same chart gives the same bytes: element ids come from the chart's name,
 * never from a clock.
 */
public final class ChartFiles {
    private ChartFiles() {
    }

    /** The chart as an {@code <svg>} element with a view box and no fixed size, for inlining into a page. */
    public static String svgElement(Chart c) {
        SVGGraphics2D g = new SVGGraphics2D(c.width(), c.height());
        g.setDefsKeyPrefix(c.name() + "-");
        g.setFontFunction(family -> ChartStyle.SVG_FONT_FAMILIES);
        c.chart().draw(g, new Rectangle(0, 0, c.width(), c.height()));
        return g.getSVGElement("chart-" + c.name(), false, new ViewBox(0, 0, c.width(), c.height()), null, null);
    }

    /**
     * A standalone SVG document of a chart's {@link #svgElement}, at its size, carrying the glyphs of its Chinese
     * characters ({@link PageFont#embedInSvg}).
     */
    public static String svgDocument(Chart c, String element) {
        return PageFont.embedInSvg("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element.replaceFirst("<svg ",
                "<svg width=\"" + c.width() + "\" height=\"" + c.height() + "\" ") + "\n");
    }

    /** The chart as PNG bytes, at its size. */
    public static byte[] png(Chart c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(out, c.chart(), c.width(), c.height());
        return out.toByteArray();
    }

    /**
     * Adds the chart's files, {@code <name>.svg} (from its {@code element}), {@code <name>.png} and its data
     * {@code <name>.csv}, to {@code files}.
     */
    public static void addFiles(Chart c, String element, Map<String, byte[]> files) throws IOException {
        files.put(c.name() + ".svg", svgDocument(c, element).getBytes(StandardCharsets.UTF_8));
        files.put(c.name() + ".png", png(c));
        files.put(c.name() + ".csv", c.data().toCsv().getBytes(StandardCharsets.UTF_8));
    }
}
