package org.udpsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Line2D;
import java.util.List;

/**
 * What every ladder's layout must hold, for the tests of this module and of the lessons' ladders (the scenarios
 * module reads it from this module's test jar).
 */
public final class LadderChecks {
    private LadderChecks() {
    }

    /**
     * No two label boxes intersect, no box meets a line of any arrow (its own included: only its leader may touch
     * it), no leader crosses another label, every box lies in the panel and is not empty, and its text is 14 px or
     * more when the chart is shown 1280 px wide.
     */
    public static void assertClear(LadderLayout.Result r, String what, int chartWidth) {
        assertTrue(r.unplaced().isEmpty(), what + ": every label found room: " + r.unplaced());
        List<LadderLayout.Box> boxes = r.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            LadderLayout.Box b = boxes.get(i);
            assertTrue(r.area().contains(b.rect()), what + ": " + b.text() + " inside the panel");
            assertTrue(b.fontSize() * 1280.0 / chartWidth >= 14, what + ": " + b.text() + " large enough");
            assertTrue(b.rect().getWidth() > 0 && b.rect().getHeight() >= b.fontSize(), what + ": " + b.text());
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(b.rect().intersects(boxes.get(j).rect()),
                        what + ": " + b.text() + " overlaps " + boxes.get(j).text());
            }
            for (PacketArrow a : r.arrows()) {
                for (Line2D s : a.segments()) {
                    assertFalse(b.rect().intersectsLine(s), what + ": " + b.text() + " on the line of packet "
                            + a.packet());
                }
            }
            if (b.leader() != null) {
                for (LadderLayout.Box o : boxes) {
                    assertTrue(o == b || !o.rect().intersectsLine(b.leader()), what + ": a leader crosses a label");
                }
            }
        }
    }

    /** No two packets' lines run within 5 px of each other, nearly parallel, for more than 20 px. */
    public static void assertApart(LadderLayout.Result r, String what) {
        List<PacketArrow> arrows = r.arrows();
        for (int i = 0; i < arrows.size(); i++) {
            for (int j = i + 1; j < arrows.size(); j++) {
                for (Line2D a : arrows.get(i).way()) {
                    for (Line2D b : arrows.get(j).way()) {
                        assertTrue(alongside(a, b) <= 20, what + ": packets " + arrows.get(i).packet() + " and "
                                + arrows.get(j).packet() + " drawn on each other");
                    }
                }
            }
        }
    }

    /** Over how many px of x two segments of nearly equal slope are closer than 5 px. */
    static double alongside(Line2D a, Line2D b) {
        double ad = a.getX2() - a.getX1();
        double bd = b.getX2() - b.getX1();
        if (Math.abs(ad) < 1 || Math.abs(bd) < 1
                || Math.abs((a.getY2() - a.getY1()) / ad - (b.getY2() - b.getY1()) / bd) >= 0.2) {
            return 0;
        }
        double lo = Math.max(Math.min(a.getX1(), a.getX2()), Math.min(b.getX1(), b.getX2()));
        double hi = Math.min(Math.max(a.getX1(), a.getX2()), Math.max(b.getX1(), b.getX2()));
        double close = 0;
        for (double x = lo; x <= hi; x += 1) {
            double ya = a.getY1() + (a.getY2() - a.getY1()) * (x - a.getX1()) / ad;
            double yb = b.getY1() + (b.getY2() - b.getY1()) * (x - b.getX1()) / bd;
            close += Math.abs(ya - yb) < 5 ? 1 : 0;
        }
        return close;
    }
}
