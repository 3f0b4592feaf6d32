package org.udpsim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.udpsim.reports.text.PictureFont;

/**
 * The look of every chart, made to be read on a projector from the back of a classroom: large type, thick lines,
 * a white background, one colour per protocol, from a palette that colour-blind eyes tell apart.
 */
public final class ChartStyle {
    /** A chart's size in pixels (16:9). */
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;
    /**
     * The font families an SVG's text asks the browser for: DejaVu Sans, then the CJK font the PNG is drawn with
     * ({@link PictureFont}), so the browser shows the glyphs the chart was measured with.
     */
    public static final String SVG_FONT_FAMILIES = PictureFont.CSS_FAMILIES;
    /*
     * The Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008): eight colours that stay apart for the
     * common kinds of colour blindness and on a washed-out projector. The protocols, losses and reordering
     * (retransmissions on a ladder) take four of them.
     */
    public static final Color OKABE_ITO_ORANGE = new Color(0xe6, 0x9f, 0x00);
    public static final Color OKABE_ITO_SKY_BLUE = new Color(0x56, 0xb4, 0xe9);
    public static final Color OKABE_ITO_BLUISH_GREEN = new Color(0x00, 0x9e, 0x73);
    public static final Color OKABE_ITO_YELLOW = new Color(0xf0, 0xe4, 0x42);
    public static final Color OKABE_ITO_BLUE = new Color(0x00, 0x72, 0xb2);
    public static final Color OKABE_ITO_VERMILLION = new Color(0xd5, 0x5e, 0x00);
    public static final Color OKABE_ITO_REDDISH_PURPLE = new Color(0xcc, 0x79, 0xa7);
    /** UDP: Okabe-Ito blue. */
    public static final Color UDP = OKABE_ITO_BLUE;
    /** TCP: Okabe-Ito orange. */
    public static final Color TCP = OKABE_ITO_ORANGE;
    /** A lost packet: Okabe-Ito vermillion. */
    public static final Color LOST = OKABE_ITO_VERMILLION;
    /** A packet overtaken, a segment sent again: Okabe-Ito reddish purple. */
    public static final Color REORDERED = OKABE_ITO_REDDISH_PURPLE;
    public static final Color GRID = new Color(0xd0, 0xd0, 0xd0);
    public static final Color INK = new Color(0x22, 0x22, 0x22);
    public static final Stroke LINE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {10f, 6f}, 0f);

    private ChartStyle() {
    }

    /** The colour of a protocol's series: {@code udp} blue, {@code tcp} orange, anything else grey. */
    public static Color of(String protocol) {
        return switch (protocol) {
            case "udp" -> UDP;
            case "tcp" -> TCP;
            default -> Color.GRAY;
        };
    }

    /**
     * The font of a chart's text at {@code style} and {@code size} px: the JVM's sans-serif font (DejaVu Sans) with
     * the project's CJK font behind it for Chinese ({@link PictureFont}).
     */
    public static Font font(int style, int size) {
        return PictureFont.of(style, size);
    }

    /** Applies the look to a finished chart; series colours, strokes and shapes set on its renderer stay. */
    public static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(INK);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                t.setPaint(INK);
            }
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(font(Font.PLAIN, 22));
            legend.setItemPaint(INK);
            legend.setBackgroundPaint(Color.WHITE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot p) {
            // axes set a little apart, so the corner's tick labels (x's first, y's 0) never touch
            p.setAxisOffset(new org.jfree.chart.ui.RectangleInsets(6, 6, 6, 6));
            p.setDomainGridlinePaint(GRID);
            p.setRangeGridlinePaint(GRID);
            p.setDomainGridlineStroke(new BasicStroke(1f));
            p.setRangeGridlineStroke(new BasicStroke(1f));
            axis(p.getDomainAxis());
            axis(p.getRangeAxis());
        } else if (plot instanceof CategoryPlot p) {
            p.setRangeGridlinePaint(GRID);
            p.setRangeGridlineStroke(new BasicStroke(1f));
            axis(p.getDomainAxis());
            axis(p.getRangeAxis());
        }
        return chart;
    }

    static void axis(Axis a) {
        if (a != null) {
            a.setAxisLineStroke(new BasicStroke(1.5f));
            a.setAxisLinePaint(INK);
            a.setLabelFont(font(Font.PLAIN, 24));
            a.setLabelPaint(INK);
            if (!(a instanceof SymbolAxis)) {
                a.setTickLabelFont(font(Font.PLAIN, 20));
            }
            a.setTickLabelPaint(INK);
        }
    }

    /** Colours for further flows of one protocol (Okabe–Ito, readable for colour-blind eyes and on a projector). */
    private static final Color[] MORE_FLOWS = {OKABE_ITO_SKY_BLUE, OKABE_ITO_BLUISH_GREEN, OKABE_ITO_VERMILLION,
        OKABE_ITO_REDDISH_PURPLE, Color.BLACK};

    /** The colour of the {@code nth} flow (from 0) of a protocol on one chart: the protocol's own, then others. */
    public static Color flowColor(String protocol, int nth) {
        return nth == 0 ? of(protocol) : MORE_FLOWS[(nth - 1) % MORE_FLOWS.length];
    }
}
