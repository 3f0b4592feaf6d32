package org.udpsim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * One packet as a ladder panel draws it, in pixels: a line through the points where it was seen (node column,
 * time), ending in an arrowhead where it arrived or a cross where it died (that last hop in the colour of loss), or
 * dashed and open while still on its way. The panel's edges cut it: what lies outside {@code area} is neither drawn
 * nor counted in {@link #segments()}, and an end outside it has no head or cross.
 */
public final class PacketArrow {
    /** How the arrow ends. */
    public enum Ending { ARROW, CROSS, OPEN }

    /** The arrowhead's length and half angle, the cross's half size, in pixels. */
    static final double HEAD = 15;
    static final double HEAD_ANGLE = 0.36;
    static final double CROSS = 10;
    static final float WIDTH = 3f;

    private final int packet;
    private final double[] px;
    private final double[] py;
    private final Color color;
    private final Ending ending;
    private final boolean dashed;
    private final List<Line2D> travelled = new ArrayList<>();
    private final List<Line2D> lostHop = new ArrayList<>();
    private final List<Line2D> end = new ArrayList<>();

    /**
     * @param packet the packet's index among those the ladder shows
     * @param px the points' x, pixels
     * @param py the points' y, pixels (two points or more)
     */
    PacketArrow(int packet, double[] px, double[] py, Color color, Ending ending, boolean dashed, Rectangle2D area) {
        if (px.length != py.length || px.length < 2) {
            throw new IllegalArgumentException("an arrow needs two points or more");
        }
        this.packet = packet;
        this.px = px.clone();
        this.py = py.clone();
        this.color = color;
        this.ending = ending;
        this.dashed = dashed;
        int n = px.length;
        for (int i = 1; i < n; i++) {
            Line2D s = clip(new Line2D.Double(px[i - 1], py[i - 1], px[i], py[i]), area);
            if (s != null) {
                (ending == Ending.CROSS && i == n - 1 ? lostHop : travelled).add(s);
            }
        }
        double ex = px[n - 1];
        double ey = py[n - 1];
        if (area.contains(ex, ey) || onEdge(ex, ey, area)) {
            if (ending == Ending.ARROW) {
                double angle = Math.atan2(ey - py[n - 2], ex - px[n - 2]);
                double ax = ex - HEAD * Math.cos(angle - HEAD_ANGLE);
                double ay = ey - HEAD * Math.sin(angle - HEAD_ANGLE);
                double bx = ex - HEAD * Math.cos(angle + HEAD_ANGLE);
                double by = ey - HEAD * Math.sin(angle + HEAD_ANGLE);
                end.add(new Line2D.Double(ex, ey, ax, ay));
                end.add(new Line2D.Double(ax, ay, bx, by));
                end.add(new Line2D.Double(bx, by, ex, ey));
            } else if (ending == Ending.CROSS) {
                end.add(new Line2D.Double(ex - CROSS, ey - CROSS, ex + CROSS, ey + CROSS));
                end.add(new Line2D.Double(ex - CROSS, ey + CROSS, ex + CROSS, ey - CROSS));
            }
        }
    }

    /** The packet's index among those the ladder shows. */
    public int packet() {
        return packet;
    }

    public Ending ending() {
        return ending;
    }

    /** The points, pixels. */
    public double[] xs() {
        return px.clone();
    }

    public double[] ys() {
        return py.clone();
    }

    /** The lines of its way inside the panel, in order, without the head or cross (the hop where it died last). */
    public List<Line2D> way() {
        List<Line2D> all = new ArrayList<>(travelled);
        all.addAll(lostHop);
        return all;
    }

    /** Every line drawn: the way, the arrowhead's three sides, the cross's two strokes. */
    public List<Line2D> segments() {
        List<Line2D> all = way();
        all.addAll(end);
        return all;
    }

    /** The arrowhead's tip or the cross's centre if drawn, else null. */
    public double[] endMark() {
        return end.isEmpty() ? null : new double[] {px[px.length - 1], py[py.length - 1]};
    }

    /** Draws it (the caller clips to the panel). */
    void draw(Graphics2D g2) {
        Stroke old = g2.getStroke();
        Stroke solid = new BasicStroke(WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        int n = px.length;
        int travelledPoints = ending == Ending.CROSS ? n - 1 : n;
        if (travelledPoints >= 2) {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(px[0], py[0]);
            for (int i = 1; i < travelledPoints; i++) {
                path.lineTo(px[i], py[i]);
            }
            g2.setStroke(dashed ? ChartStyle.DASHED : solid);
            g2.setPaint(color);
            g2.draw(path);
        }
        if (ending == Ending.CROSS) {
            g2.setStroke(solid);
            g2.setPaint(ChartStyle.LOST);
            g2.draw(new Line2D.Double(px[n - 2], py[n - 2], px[n - 1], py[n - 1]));
        }
        if (!end.isEmpty()) {
            g2.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            if (ending == Ending.ARROW) {
                Path2D.Double head = new Path2D.Double();
                head.moveTo(end.get(0).getX1(), end.get(0).getY1());
                head.lineTo(end.get(1).getX1(), end.get(1).getY1());
                head.lineTo(end.get(1).getX2(), end.get(1).getY2());
                head.closePath();
                g2.setPaint(color);
                g2.fill(head);
            } else {
                g2.setPaint(ChartStyle.LOST);
                end.forEach(g2::draw);
            }
        }
        g2.setStroke(old);
    }

    private static boolean onEdge(double x, double y, Rectangle2D r) {
        return x >= r.getMinX() - 1e-6 && x <= r.getMaxX() + 1e-6 && y >= r.getMinY() - 1e-6
                && y <= r.getMaxY() + 1e-6;
    }

    /** The part of {@code s} inside {@code r} (Liang-Barsky), or null if none. */
    static Line2D clip(Line2D s, Rectangle2D r) {
        double x0 = s.getX1();
        double y0 = s.getY1();
        double dx = s.getX2() - x0;
        double dy = s.getY2() - y0;
        double lo = 0;
        double hi = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - r.getMinX(), r.getMaxX() - x0, y0 - r.getMinY(), r.getMaxY() - y0};
        for (int i = 0; i < 4; i++) {
            if (Math.abs(p[i]) < 1e-12) {
                if (q[i] < -1e-9) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    lo = Math.max(lo, t);
                } else {
                    hi = Math.min(hi, t);
                }
            }
        }
        if (lo > hi) {
            return null;
        }
        return new Line2D.Double(x0 + lo * dx, y0 + lo * dy, x0 + hi * dx, y0 + hi * dy);
    }
}
