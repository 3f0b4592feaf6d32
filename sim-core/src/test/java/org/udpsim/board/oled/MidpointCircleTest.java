package org.udpsim.board.oled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MidpointCircleTest {
    private static final long[][] CENTRES = {{64, 32}, {0, 0}, {-50, 20}, {130, 70}, {10, -40}};

    @Test
    void closedForm_outline_drawsTheSamePixelsAsTheFirmwareWalk() {
        for (long[] centre : CENTRES) {
            for (long r = 0; r <= 240; r++) {
                Framebuffer walked = new Framebuffer();
                MidpointCircle.walk(walked, centre[0], centre[1], r, 1, false);
                Framebuffer computed = new Framebuffer();
                MidpointCircle.outlineByClosedForm(computed, centre[0], centre[1], r, 1);
                assertArrayEquals(walked.toBytes(), computed.toBytes(), "r = " + r + " at " + centre[0] + "," + centre[1]);
            }
        }
    }

    @Test
    void closedForm_disc_drawsTheSamePixelsAsTheFirmwareWalk() {
        for (long[] centre : CENTRES) {
            for (long r = 0; r <= 240; r++) {
                Framebuffer walked = new Framebuffer();
                walked.clippedRect(centre[0], centre[1] - r, 1, 2 * r + 1, 1);
                MidpointCircle.walk(walked, centre[0], centre[1], r, 1, true);
                Framebuffer computed = new Framebuffer();
                MidpointCircle.discByClosedForm(computed, centre[0], centre[1], r, 1);
                assertArrayEquals(walked.toBytes(), computed.toBytes(), "r = " + r + " at " + centre[0] + "," + centre[1]);
            }
        }
    }

    @Test
    void closedForm_stepsAndY_matchTheWalkForALargeRadius() {
        long r = 5000;
        long f = 1 - r;
        long px = 0;
        long py = r;
        while (px < py) {
            if (f >= 0) {
                py--;
                f -= 2 * py;
            }
            px++;
            f += 2 * px + 1;
            assertEquals(py, MidpointCircle.yAt(r, px), "y at x = " + px);
        }
        assertEquals(px, MidpointCircle.steps(r));
    }

    @Test
    void hugeCircle_crossingTheScreen_isDrawnAtOnce() {
        Framebuffer fb = new Framebuffer();
        fb.circle(Integer.MIN_VALUE + 100, 32, Integer.MAX_VALUE, 1);
        assertEquals(64, FramebufferTest.lit(fb), "a vertical run of the ring near x = 99");
        fb.fill(0);
        fb.fillCircle(64, Integer.MIN_VALUE + 40, Integer.MAX_VALUE, 1);
        assertEquals(128 * 40, FramebufferTest.lit(fb), "rows 0 to 39 lie inside the disc");
    }
}
