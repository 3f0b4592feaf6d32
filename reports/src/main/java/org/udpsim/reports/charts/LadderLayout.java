package org.udpsim.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a ladder panel puts its packets and their labels, in pixels, computed without drawing: a pure function of
 * the packets (in node columns and milliseconds), what the panel shows, and the panel's data area.
 *
 * <p>Arrows first. A packet's line is mapped linearly onto the panel; where a packet's line would run along an
 * earlier packet's line (nearly parallel, closer than a lane, for more than {@value #ALONGSIDE} px: a data segment
 * and an ACK the other way at the same moment, a copy on the hop beside its original), it moves to the nearest
 * free lane, {@value #LANE} px below (as if a little later) or, failing that, above, so that each line and each
 * arrowhead stays visible.
 *
 * <p>Then labels, greedily in the order the packets were sent. A label (the packet's name) is a box of its text;
 * its candidates lie beside its own line if it is steep, then above it, at the middle of its first hop and then
 * further along it, then below it, then the same on its other hops; a note (why the packet died) has candidates
 * beside its cross. The first candidate that overlaps no other label, no line of any arrow (its own included), no
 * arrowhead and no cross is taken, unless it lies on a node's time line and one of the next few does not; failing
 * all, a box further away joined to its place by a thin leader line, the leader crossing no label and as few
 * arrows as can be. A label that finds no room at all is left off and listed in {@link Result#unplaced()}. Labels
 * are {@value #LABEL_SIZE} px, notes {@value #NOTE_SIZE} px: on a ladder 1000 px wide, 21 and 19 px when it is
 * shown 1280 px wide.
 */
public final class LadderLayout {
    /** The distance between two lanes, px. */
    public static final double LANE = 11;
    /** How far two lines may run within a lane of each other before one moves, px. */
    static final double ALONGSIDE = 30;
    /** Lines whose slopes differ by this much part visibly where they meet, and are never alongside. */
    static final double PARTING = 0.2;
    public static final float LABEL_SIZE = 17f;
    public static final float NOTE_SIZE = 15f;
    /** Between a label and its line, px. */
    static final double GAP = 2;
    /** Around every label box: clear of other boxes and of lines (beyond their half width), px. */
    static final double MARGIN = 2;
    static final double PAD_X = 3;
    static final double PAD_Y = 1;
    private static final double CLEAR = PacketArrow.WIDTH / 2 + MARGIN;
    private static final int LIFELINE_PENALTY = 3;
    /** The longest leader, px, and what crossing a line costs a leader, in px of length. */
    private static final double MAX_LEADER = 220;
    private static final double CROSSING = 80;
    private static final double[] FRACTIONS = {0.5, 0.35, 0.65, 0.2, 0.8};
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private LadderLayout() {
    }

    /**
     * A packet as the ladder shows it, in data units.
     *
     * @param label its name ({@code #3}, {@code SYN-ACK}); empty for none
     * @param note why it died, empty for none
     * @param columns the columns of the points where it was seen (a hop: halfway between its two nodes)
     * @param ms when, ms from the ladder's first packet
     */
    public record Track(String label, String note, double[] columns, double[] ms, PacketArrow.Ending ending,
            Color color, boolean dashed) {
        public Track {
            if (columns.length != ms.length || columns.length < 2) {
                throw new IllegalArgumentException("a track needs two points or more");
            }
            columns = columns.clone();
            ms = ms.clone();
        }

        double first() {
            return ms[0];
        }

        double last() {
            return ms[ms.length - 1];
        }
    }

    /**
     * What one panel shows.
     *
     * @param columnLow the left end of the column axis (the first node's column is 0)
     * @param columnHigh its right end
     * @param columns how many node columns (their time lines are drawn)
     * @param msLow the time at the panel's top, ms
     * @param msHigh the time at its bottom, ms
     * @param labelled the packets this panel labels, by index
     * @param band the stretch another panel enlarges, {from, to} in ms, shaded here; null for none
     */
    public record View(double columnLow, double columnHigh, int columns, double msLow, double msHigh,
            Set<Integer> labelled, double[] band) {
        public View {
            labelled = Set.copyOf(labelled);
            band = band == null ? null : band.clone();
        }

        /** This view with the axis ranges a drawn panel has. */
        View withRanges(double cLow, double cHigh, double tLow, double tHigh) {
            return new View(cLow, cHigh, columns, tLow, tHigh, labelled, band);
        }
    }

    /**
     * A label's place.
     *
     * @param packet whose label it is, by index
     * @param note true for the note by a cross, false for the packet's name
     * @param fontSize the text's size, px
     * @param rect the box the text is drawn in, px
     * @param leader the line from the box to its packet, null if the box is by its line
     */
    public record Box(int packet, boolean note, String text, float fontSize, Rectangle2D rect, Line2D leader) {
    }

    /**
     * A panel laid out.
     *
     * @param arrows the packets drawn in the panel (not those wholly outside its time)
     * @param boxes the labels
     * @param lifelines each node's time line
     * @param unplaced the packets of {@link View#labelled()} whose label or note found no room
     * @param band the shaded stretch another panel enlarges, null for none
     */
    public record Result(Rectangle2D area, List<PacketArrow> arrows, List<Box> boxes, List<Line2D> lifelines,
            Set<Integer> unplaced, Rectangle2D band) {
    }

    /** Lays out {@code tracks} in the panel whose data area is {@code area}. */
    public static Result of(List<Track> tracks, View view, Rectangle2D area) {
        double[][] xs = new double[tracks.size()][];
        double[][] ys = new double[tracks.size()][];
        for (int i = 0; i < tracks.size(); i++) {
            Track t = tracks.get(i);
            if (t.first() > view.msHigh() || t.last() < view.msLow()) {
                continue;
            }
            xs[i] = new double[t.columns().length];
            ys[i] = new double[t.columns().length];
            for (int k = 0; k < xs[i].length; k++) {
                xs[i][k] = x(t.columns()[k], view, area);
                ys[i][k] = y(t.ms()[k], view, area);
            }
        }
        lanes(xs, ys);
        List<PacketArrow> arrows = new ArrayList<>();
        PacketArrow[] byPacket = new PacketArrow[tracks.size()];
        for (int i = 0; i < tracks.size(); i++) {
            if (xs[i] != null) {
                Track t = tracks.get(i);
                byPacket[i] = new PacketArrow(i, xs[i], ys[i], t.color(), t.ending(), t.dashed(), area);
                arrows.add(byPacket[i]);
            }
        }
        List<Line2D> lifelines = new ArrayList<>();
        for (int c = 0; c < view.columns(); c++) {
            double lx = x(c, view, area);
            lifelines.add(new Line2D.Double(lx, area.getMinY(), lx, area.getMaxY()));
        }
        List<Line2D> lines = new ArrayList<>();
        for (PacketArrow a : arrows) {
            lines.addAll(a.segments());
        }
        Placer placer = new Placer(area, lines, lifelines);
        Set<Integer> unplaced = new TreeSet<>();
        for (int i = 0; i < tracks.size(); i++) {
            PacketArrow a = byPacket[i];
            Track t = tracks.get(i);
            if (a == null || !view.labelled().contains(i)) {
                continue;
            }
            if (!t.label().isEmpty() && !a.way().isEmpty() && !placer.label(i, t.label(), a)) {
                unplaced.add(i);
            }
            if (!t.note().isEmpty() && a.endMark() != null && !placer.note(i, t.note(), a)) {
                unplaced.add(i);
            }
        }
        Rectangle2D band = null;
        if (view.band() != null) {
            double top = y(view.band()[0], view, area) - 4;
            double bottom = Math.max(y(view.band()[1], view, area), top + 8);
            for (PacketArrow a : arrows) {
                if (!view.labelled().contains(a.packet())) {
                    // the packets enlarged elsewhere, as their lanes spread them here
                    for (double py : a.ys()) {
                        top = Math.min(top, py - 4);
                        bottom = Math.max(bottom, py + 4);
                    }
                }
            }
            top = Math.max(area.getMinY(), top);
            bottom = Math.min(area.getMaxY(), bottom);
            band = new Rectangle2D.Double(area.getMinX(), top, area.getWidth(), bottom - top);
        }
        return new Result(area, arrows, placer.boxes, lifelines, unplaced, band);
    }

    static double x(double column, View v, Rectangle2D area) {
        return area.getMinX() + (column - v.columnLow()) / (v.columnHigh() - v.columnLow()) * area.getWidth();
    }

    static double y(double ms, View v, Rectangle2D area) {
        return area.getMinY() + (ms - v.msLow()) / (v.msHigh() - v.msLow()) * area.getHeight();
    }

    /** The box a text takes at {@code size} px, at the origin. */
    static Rectangle2D measure(String text, float size) {
        Font f = ChartStyle.font(Font.PLAIN, Math.round(size));
        Rectangle2D b = f.getStringBounds(text, FRC);
        LineMetrics m = f.getLineMetrics(text, FRC);
        return new Rectangle2D.Double(0, 0, b.getWidth() + 2 * PAD_X, m.getAscent() + m.getDescent() + 2 * PAD_Y);
    }

    /** The text's baseline in its box. */
    static double baseline(Box b) {
        Font f = ChartStyle.font(Font.PLAIN, Math.round(b.fontSize()));
        return b.rect().getMinY() + PAD_Y + f.getLineMetrics(b.text(), FRC).getAscent();
    }

    /**
     * Moves packets whose lines would lie on an earlier packet's line to the nearest free lane, below first (as if a
     * little later), then above; but never so that a packet leaves a node above (before) the packet it answers
     * arrived there: a packet that starts where and when an earlier one ended goes at least as far down as that one
     * went.
     */
    private static void lanes(double[][] xs, double[][] ys) {
        List<Integer> placed = new ArrayList<>();
        double[] moved = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] == null) {
                continue;
            }
            double least = Double.NEGATIVE_INFINITY;
            for (int j : placed) {
                int e = xs[j].length - 1;
                if (Math.abs(xs[j][e] - xs[i][0]) < 1 && Math.abs(ys[j][e] - moved[j] - ys[i][0]) < 1) {
                    least = Math.max(least, moved[j]);
                }
            }
            double best = Double.NaN;
            for (int lane : new int[] {0, 1, 2, -1, 3, -2, 4, -3}) {
                if (lane * LANE < least - 1e-9) {
                    continue;
                }
                boolean free = true;
                for (int j : placed) {
                    if (alongside(xs[i], ys[i], lane * LANE, xs[j], ys[j])) {
                        free = false;
                        break;
                    }
                }
                if (free) {
                    best = lane * LANE;
                    break;
                }
            }
            if (Double.isNaN(best)) {
                best = Math.max(0, least);
            }
            for (int k = 0; k < ys[i].length; k++) {
                ys[i][k] += best;
            }
            moved[i] = best;
            placed.add(i);
        }
    }

    /** True if a hop of line a (moved down by {@code dy}) runs along a hop of line b, closer than a lane. */
    private static boolean alongside(double[] ax, double[] ay, double dy, double[] bx, double[] by) {
        for (int i = 1; i < ax.length; i++) {
            for (int j = 1; j < bx.length; j++) {
                if (alongside(ax[i - 1], ay[i - 1] + dy, ax[i], ay[i] + dy, bx[j - 1], by[j - 1], bx[j], by[j])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True if two segments, neither vertical, of slopes that differ by less than {@value #PARTING}, are closer than a
     * lane over more than {@value #ALONGSIDE} px of x: two lines that merely meet at an angle (a reply leaving as the
     * packet it answers arrives) part at once and are not alongside.
     */
    static boolean alongside(double ax1, double ay1, double ax2, double ay2, double bx1, double by1, double bx2,
            double by2) {
        if (Math.abs(ax2 - ax1) < 1 || Math.abs(bx2 - bx1) < 1) {
            return false;
        }
        if (Math.abs((ay2 - ay1) / (ax2 - ax1) - (by2 - by1) / (bx2 - bx1)) >= PARTING) {
            return false;
        }
        double lo = Math.max(Math.min(ax1, ax2), Math.min(bx1, bx2));
        double hi = Math.min(Math.max(ax1, ax2), Math.max(bx1, bx2));
        if (hi - lo < ALONGSIDE) {
            return false;
        }
        double d0 = yAt(ax1, ay1, ax2, ay2, lo) - yAt(bx1, by1, bx2, by2, lo);
        double d1 = yAt(ax1, ay1, ax2, ay2, hi) - yAt(bx1, by1, bx2, by2, hi);
        double near = LANE - 1;
        // the part of [lo, hi] where |d| < near, d being linear in x
        double from;
        double to;
        if (Math.abs(d1 - d0) < 1e-9) {
            return Math.abs(d0) < near;
        }
        double s1 = (-near - d0) / (d1 - d0);
        double s2 = (near - d0) / (d1 - d0);
        from = Math.max(0, Math.min(s1, s2));
        to = Math.min(1, Math.max(s1, s2));
        return (to - from) * (hi - lo) > ALONGSIDE;
    }

    private static double yAt(double x1, double y1, double x2, double y2, double x) {
        return y1 + (y2 - y1) * (x - x1) / (x2 - x1);
    }

    /** The greedy placement of label boxes. */
    private static final class Placer {
        final Rectangle2D area;
        final List<Line2D> lines;
        final List<Line2D> lifelines;
        final List<Box> boxes = new ArrayList<>();

        Placer(Rectangle2D area, List<Line2D> lines, List<Line2D> lifelines) {
            this.area = area;
            this.lines = lines;
            this.lifelines = lifelines;
        }

        /** Places packet {@code i}'s name by its line; false if there is no room. */
        boolean label(int i, String text, PacketArrow a) {
            Rectangle2D size = measure(text, LABEL_SIZE);
            double w = size.getWidth();
            double h = size.getHeight();
            List<Rectangle2D> near = new ArrayList<>();
            for (Line2D s : a.way()) {
                int start = near.size();
                List<Rectangle2D> below = new ArrayList<>();
                List<Rectangle2D> beside = new ArrayList<>();
                for (double f : FRACTIONS) {
                    double ax = s.getX1() + f * (s.getX2() - s.getX1());
                    double ay = s.getY1() + f * (s.getY2() - s.getY1());
                    double[] span = ySpan(s, ax - w / 2 - CLEAR, ax + w / 2 + CLEAR);
                    near.add(new Rectangle2D.Double(ax - w / 2, span[0] - CLEAR - GAP - h, w, h));
                    below.add(new Rectangle2D.Double(ax - w / 2, span[1] + CLEAR + GAP, w, h));
                    if (Math.abs(s.getY2() - s.getY1()) >= 0.5 * Math.abs(s.getX2() - s.getX1())) {
                        double[] across = xSpan(s, ay - h / 2 - CLEAR, ay + h / 2 + CLEAR);
                        beside.add(new Rectangle2D.Double(across[1] + CLEAR + GAP, ay - h / 2, w, h));
                        beside.add(new Rectangle2D.Double(across[0] - CLEAR - GAP - w, ay - h / 2, w, h));
                    }
                }
                // beside a steep line first; then above the line, as one reads a ladder; below it last
                if (!beside.isEmpty()) {
                    List<Rectangle2D> above = new ArrayList<>(near.subList(start, near.size()));
                    near.subList(start, near.size()).clear();
                    near.addAll(beside);
                    near.addAll(above);
                }
                near.addAll(below);
            }
            if (takeFirst(i, false, text, LABEL_SIZE, near)) {
                return true;
            }
            Line2D first = a.way().get(0);
            List<double[]> anchors = new ArrayList<>();
            for (double f : new double[] {0.5, 0.3, 0.7}) {
                anchors.add(new double[] {first.getX1() + f * (first.getX2() - first.getX1()),
                        first.getY1() + f * (first.getY2() - first.getY1())});
            }
            return takeWithLeader(i, false, text, LABEL_SIZE, w, h, anchors);
        }

        /** Places packet {@code i}'s note by its cross; false if there is no room. */
        boolean note(int i, String text, PacketArrow a) {
            Rectangle2D size = measure(text, NOTE_SIZE);
            double w = size.getWidth();
            double h = size.getHeight();
            double[] c = a.endMark();
            double ex = c[0];
            double ey = c[1];
            double d = PacketArrow.CROSS + CLEAR + GAP;
            List<Rectangle2D> near = List.of(
                    new Rectangle2D.Double(ex + d, ey - h / 2, w, h),
                    new Rectangle2D.Double(ex - d - w, ey - h / 2, w, h),
                    new Rectangle2D.Double(ex + 2, ey + d, w, h),
                    new Rectangle2D.Double(ex + 2, ey - d - h, w, h),
                    new Rectangle2D.Double(ex - 2 - w, ey + d, w, h),
                    new Rectangle2D.Double(ex - 2 - w, ey - d - h, w, h),
                    new Rectangle2D.Double(ex - w / 2, ey + d, w, h),
                    new Rectangle2D.Double(ex - w / 2, ey - d - h, w, h));
            if (takeFirst(i, true, text, NOTE_SIZE, near)) {
                return true;
            }
            return takeWithLeader(i, true, text, NOTE_SIZE, w, h, List.of(new double[] {ex, ey}));
        }

        /**
         * Takes the first free candidate, except that one on a node's time line gives way to a free one off the time
         * lines up to {@value #LIFELINE_PENALTY} candidates later.
         */
        private boolean takeFirst(int i, boolean note, String text, float size, List<Rectangle2D> candidates) {
            Rectangle2D best = null;
            int bestScore = Integer.MAX_VALUE;
            for (int k = 0; k < candidates.size() && k < bestScore; k++) {
                Rectangle2D r = candidates.get(k);
                if (free(r, false)) {
                    int score = k + (free(r, true) ? 0 : LIFELINE_PENALTY);
                    if (score < bestScore) {
                        best = r;
                        bestScore = score;
                    }
                }
            }
            if (best == null) {
                return false;
            }
            boxes.add(new Box(i, note, text, size, best, null));
            return true;
        }

        /**
         * Tries boxes stepping away from each anchor, up and down, centred, left and right of it, with a leader of
         * at most {@value #MAX_LEADER} px that crosses no label; takes the one whose leader is shortest, each line it
         * crosses counting as {@value #CROSSING} px more.
         */
        private boolean takeWithLeader(int i, boolean note, String text, float size, double w, double h,
                List<double[]> anchors) {
            Rectangle2D best = null;
            Line2D bestLeader = null;
            double bestScore = Double.MAX_VALUE;
            double step = h / 2 + 2;
            for (double[] p : anchors) {
                for (int k = 1; k <= 24; k++) {
                    for (int up : new int[] {-1, 1}) {
                        double y = up < 0 ? p[1] - CLEAR - GAP - h - k * step : p[1] + CLEAR + GAP + k * step;
                        for (double x : new double[] {p[0] - w / 2, p[0] - w - 8, p[0] + 8}) {
                            Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
                            if (!free(r, false)) {
                                continue;
                            }
                            double lx = Math.max(r.getMinX(), Math.min(r.getMaxX(), p[0]));
                            double ly = up < 0 ? r.getMaxY() : r.getMinY();
                            Line2D leader = new Line2D.Double(p[0], p[1], lx, ly);
                            if (crossesBox(leader)) {
                                continue;
                            }
                            int crossings = 0;
                            for (Line2D s : lines) {
                                if (leader.intersectsLine(s)) {
                                    crossings++;
                                }
                            }
                            double length = Math.hypot(lx - p[0], ly - p[1]);
                            if (length > MAX_LEADER) {
                                continue;
                            }
                            double score = crossings * CROSSING + length;
                            if (score < bestScore) {
                                bestScore = score;
                                best = r;
                                bestLeader = leader;
                            }
                        }
                    }
                }
            }
            if (best == null) {
                return false;
            }
            boxes.add(new Box(i, note, text, size, best, bestLeader));
            return true;
        }

        private boolean crossesBox(Line2D leader) {
            for (Box b : boxes) {
                if (grown(b.rect(), MARGIN).intersectsLine(leader)) {
                    return true;
                }
            }
            return false;
        }

        private boolean free(Rectangle2D r, boolean avoidLifelines) {
            if (!area.contains(r)) {
                return false;
            }
            for (Box b : boxes) {
                if (grown(b.rect(), MARGIN).intersects(r)) {
                    return false;
                }
            }
            Rectangle2D clear = grown(r, CLEAR);
            for (Line2D s : lines) {
                if (clear.intersectsLine(s)) {
                    return false;
                }
            }
            if (avoidLifelines) {
                Rectangle2D off = grown(r, 1);
                for (Line2D s : lifelines) {
                    if (off.intersectsLine(s)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** The lowest and highest y of segment {@code s} over x in [a, b] (its ends' if it has no x there). */
    static double[] ySpan(Line2D s, double a, double b) {
        double x1 = Math.min(s.getX1(), s.getX2());
        double x2 = Math.max(s.getX1(), s.getX2());
        double lo = Math.max(a, x1);
        double hi = Math.min(b, x2);
        if (hi < lo || x2 - x1 < 1e-9) {
            return new double[] {Math.min(s.getY1(), s.getY2()), Math.max(s.getY1(), s.getY2())};
        }
        double y1 = yAt(s.getX1(), s.getY1(), s.getX2(), s.getY2(), lo);
        double y2 = yAt(s.getX1(), s.getY1(), s.getX2(), s.getY2(), hi);
        return new double[] {Math.min(y1, y2), Math.max(y1, y2)};
    }

    /** The lowest and highest x of segment {@code s} over y in [a, b] (its ends' if it has no y there). */
    static double[] xSpan(Line2D s, double a, double b) {
        Line2D turned = new Line2D.Double(s.getY1(), s.getX1(), s.getY2(), s.getX2());
        return ySpan(turned, a, b);
    }

    static Rectangle2D grown(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }
}
