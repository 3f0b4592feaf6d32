package org.udpsim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Set;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * One panel of a ladder, drawn as an annotation of its plot: the nodes' time lines, the packets and their labels as
 * {@link LadderLayout} places them in the panel's data area, and the stretch another panel enlarges, shaded.
 */
final class LadderPanel extends AbstractXYAnnotation {
    /** The shade of the enlarged stretch, and of the panel that enlarges it: Okabe-Ito yellow, pale. */
    static final Color ZOOM = new Color(0xfb, 0xf6, 0xcf);
    private static final Color LEADER = new Color(0x77, 0x77, 0x77);
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 225);

    private final List<LadderLayout.Track> tracks;
    private final LadderLayout.View view;
    private final Set<Integer> endpoints;

    /** @param endpoints the columns whose time lines are drawn thick: the sender's and the receiver's */
    LadderPanel(List<LadderLayout.Track> tracks, LadderLayout.View view, Set<Integer> endpoints) {
        this.tracks = List.copyOf(tracks);
        this.view = view;
        this.endpoints = Set.copyOf(endpoints);
    }

    LadderLayout.View view() {
        return view;
    }

    /** The panel laid out in {@code area} with the axes' ranges, as {@link #draw} draws it. */
    LadderLayout.Result layout(Rectangle2D area, ValueAxis domain, ValueAxis range) {
        return LadderLayout.of(tracks, view.withRanges(domain.getLowerBound(), domain.getUpperBound(),
                range.getLowerBound(), range.getUpperBound()), area);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range, int index,
            PlotRenderingInfo info) {
        LadderLayout.Result r = layout(area, domain, range);
        Shape clip = g2.getClip();
        g2.clip(area);
        if (r.band() != null) {
            g2.setPaint(ZOOM);
            g2.fill(r.band());
        }
        for (int c = 0; c < r.lifelines().size(); c++) {
            boolean thick = endpoints.contains(c);
            g2.setStroke(new BasicStroke(thick ? 4f : 2f));
            g2.setPaint(thick ? ChartStyle.INK : Color.GRAY);
            g2.draw(r.lifelines().get(c));
        }
        for (PacketArrow a : r.arrows()) {
            a.draw(g2);
        }
        g2.setStroke(new BasicStroke(1.3f));
        for (LadderLayout.Box b : r.boxes()) {
            if (b.leader() != null) {
                g2.setPaint(LEADER);
                g2.draw(b.leader());
                g2.fill(new Ellipse2D.Double(b.leader().getX1() - 2.5, b.leader().getY1() - 2.5, 5, 5));
            }
        }
        for (LadderLayout.Box b : r.boxes()) {
            g2.setPaint(LABEL_BACKGROUND);
            g2.fill(b.rect());
            g2.setFont(ChartStyle.font(Font.PLAIN, Math.round(b.fontSize())));
            g2.setPaint(b.note() ? ChartStyle.LOST : ChartStyle.INK);
            g2.drawString(b.text(), (float) (b.rect().getMinX() + LadderLayout.PAD_X), (float) LadderLayout.baseline(b));
        }
        g2.setClip(clip);
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
