package org.udpsim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * One packet drawn on a ladder diagram: a line through the points where it was seen (node column, time), ending in
 * an arrowhead where it arrived or a cross where it died (that last hop in red), with a short label by its first
 * segment.
 */
final class PacketArrow extends AbstractXYAnnotation {
    /** How the arrow ends. */
    enum Ending { ARROW, CROSS, OPEN }

    private static final double HEAD = 16;
    private static final double CROSS = 11;
    private final double[] xs;
    private final double[] ys;
    private final Color color;
    private final Ending ending;
    private final String label;
    private final boolean dashed;
    private final String note;

    /** @param note what to write by the cross (why it died), empty for nothing */
    PacketArrow(double[] xs, double[] ys, Color color, Ending ending, String label, boolean dashed, String note) {
        if (xs.length != ys.length || xs.length < 2) {
            throw new IllegalArgumentException("an arrow needs two points or more");
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.color = color;
        this.ending = ending;
        this.label = label;
        this.dashed = dashed;
        this.note = note;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range, int index,
            PlotRenderingInfo info) {
        int n = xs.length;
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = domain.valueToJava2D(xs[i], area, plot.getDomainAxisEdge());
            py[i] = range.valueToJava2D(ys[i], area, plot.getRangeAxisEdge());
        }
        // the way it went in its colour; the hop where a lost packet died in red
        int travelled = ending == Ending.CROSS ? n - 1 : n;
        Stroke old = g2.getStroke();
        g2.setStroke(dashed ? ChartStyle.DASHED : new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        if (travelled >= 2) {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(px[0], py[0]);
            for (int i = 1; i < travelled; i++) {
                path.lineTo(px[i], py[i]);
            }
            g2.setPaint(color);
            g2.draw(path);
        }
        if (ending == Ending.CROSS) {
            g2.setPaint(ChartStyle.LOST);
            g2.draw(new Line2D.Double(px[n - 2], py[n - 2], px[n - 1], py[n - 1]));
        }
        g2.setPaint(color);
        double ex = px[n - 1];
        double ey = py[n - 1];
        g2.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        if (ending == Ending.ARROW) {
            double angle = Math.atan2(ey - py[n - 2], ex - px[n - 2]);
            Path2D.Double head = new Path2D.Double();
            head.moveTo(ex, ey);
            head.lineTo(ex - HEAD * Math.cos(angle - 0.4), ey - HEAD * Math.sin(angle - 0.4));
            head.lineTo(ex - HEAD * Math.cos(angle + 0.4), ey - HEAD * Math.sin(angle + 0.4));
            head.closePath();
            g2.fill(head);
        } else if (ending == Ending.CROSS) {
            g2.setPaint(ChartStyle.LOST);
            g2.draw(new Line2D.Double(ex - CROSS, ey - CROSS, ex + CROSS, ey + CROSS));
            g2.draw(new Line2D.Double(ex - CROSS, ey + CROSS, ex + CROSS, ey - CROSS));
        }
        g2.setStroke(old);
        if (ending == Ending.CROSS && !note.isEmpty()) {
            g2.setFont(ChartStyle.font(Font.PLAIN, 15));
            FontMetrics fm = g2.getFontMetrics();
            double w = fm.stringWidth(note);
            double x = ex + CROSS + 6 + w <= area.getMaxX() ? ex + CROSS + 6 : ex - CROSS - 6 - w;
            g2.setPaint(ChartStyle.LOST);
            g2.drawString(note, (float) x, (float) (ey + 5));
        }
        if (!label.isEmpty()) {
            g2.setFont(ChartStyle.font(Font.PLAIN, 17));
            FontMetrics fm = g2.getFontMetrics();
            double mx = (px[0] + px[1]) / 2;
            double my = (py[0] + py[1]) / 2;
            float x = (float) (mx - fm.stringWidth(label) / 2.0);
            float y = (float) (my - 7);
            g2.setPaint(ending == Ending.CROSS && n == 2 ? ChartStyle.LOST : ChartStyle.INK);
            g2.drawString(label, x, y);
        }
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
