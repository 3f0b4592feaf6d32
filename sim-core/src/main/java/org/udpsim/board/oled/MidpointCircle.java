package org.udpsim.board.oled;

/**
 * The firmware's midpoint circles ({@code circle} and {@code fill_circle}) on a {@link Framebuffer}.
 *
 * <p>The firmware walks one octant: from (0, r) it steps x by 1 and, whenever the decision term
 * {@code f = (x+1)² + y² − y − r²} is not negative, y by −1; it stops once x ≥ y, and mirrors each point eight
 * ways (an outline) or joins mirrored points by vertical spans (a disc). Up to {@link #WALK_LIMIT} this class walks
 * the same way. Beyond, where walking would take seconds, it uses the walk's closed form (see {@link #yAt}) and
 * computes only the steps and columns that reach the screen.
 */
final class MidpointCircle {
    /** Radii up to this are walked step by step. */
    static final long WALK_LIMIT = 4096;

    private MidpointCircle() {
    }

    static void outline(Framebuffer fb, long x, long y, long r, int c) {
        fb.plot(x, y + r, c);
        fb.plot(x, y - r, c);
        fb.plot(x + r, y, c);
        fb.plot(x - r, y, c);
        if (r <= WALK_LIMIT) {
            walk(fb, x, y, r, c, false);
        } else {
            outlineByClosedForm(fb, x, y, r, c);
        }
    }

    static void disc(Framebuffer fb, long x, long y, long r, int c) {
        if (r <= WALK_LIMIT) {
            fb.clippedRect(x, y - r, 1, 2 * r + 1, c);
            walk(fb, x, y, r, c, true);
        } else {
            discByClosedForm(fb, x, y, r, c);
        }
    }

    /** The outline's steps that reach the screen, without the four points on the axes. */
    static void outlineByClosedForm(Framebuffer fb, long x, long y, long r, int c) {
        long steps = steps(r);
        long[][] windows = {
            {-x, Framebuffer.WIDTH - 1 - x}, {x - (Framebuffer.WIDTH - 1), x},
            {-y, Framebuffer.HEIGHT - 1 - y}, {y - (Framebuffer.HEIGHT - 1), y},
        };
        for (long[] w : windows) {
            for (long px = Math.max(1, w[0]); px <= Math.min(steps, w[1]); px++) {
                octants(fb, x, y, px, yAt(r, px), c);
            }
        }
    }

    /** The disc, column by column across the screen. */
    static void discByClosedForm(Framebuffer fb, long x, long y, long r, int c) {
        long steps = steps(r);
        for (int col = 0; col < Framebuffer.WIDTH; col++) {
            long half = halfHeight(r, steps, Math.abs(col - x));
            if (half >= 0) {
                fb.clippedRect(col, y - half, 1, 2 * half + 1, c);
            }
        }
    }

    /** The firmware's walk, step by step. */
    static void walk(Framebuffer fb, long x, long y, long r, int c, boolean filled) {
        long f = 1 - r;
        long ddx = 1;
        long ddy = -2 * r;
        long px = 0;
        long py = r;
        while (px < py) {
            if (f >= 0) {
                py--;
                ddy += 2;
                f += ddy;
            }
            px++;
            ddx += 2;
            f += ddx;
            if (filled) {
                fb.clippedRect(x + px, y - py, 1, 2 * py + 1, c);
                fb.clippedRect(x - px, y - py, 1, 2 * py + 1, c);
                fb.clippedRect(x + py, y - px, 1, 2 * px + 1, c);
                fb.clippedRect(x - py, y - px, 1, 2 * px + 1, c);
            } else {
                octants(fb, x, y, px, py, c);
            }
        }
    }

    /**
     * The y the walk holds after the step that reached {@code px}: the largest y with y² − y < r² − px², except
     * that one step lowers y by at most 1 (which matters only on the last step).
     */
    static long yAt(long r, long px) {
        if (px == 0) {
            return r;
        }
        return Math.max(largestY(r, px), largestY(r, px - 1) - 1);
    }

    /** The largest y with y² − y < r² − px², or 0 when there is none. */
    private static long largestY(long r, long px) {
        long bound = r * r - px * px;
        if (bound <= 0) {
            return 0;
        }
        long y = (long) Math.floor((1 + Math.sqrt(1 + 4.0 * bound)) / 2);
        while (y > 0 && y * y - y >= bound) {
            y--;
        }
        while ((y + 1) * (y + 1) - (y + 1) < bound) {
            y++;
        }
        return y;
    }

    /** How many steps the walk takes: the first x with x ≥ y after its step. */
    static long steps(long r) {
        long lo = 0;
        long hi = r;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (mid >= yAt(r, mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Half the height of the disc's column {@code d} pixels from the centre: the longest span the walk draws there,
     * or −1 for none. Column d holds the span of step d (half-height y) and those of the steps whose y is d
     * (half-height their x).
     */
    static long halfHeight(long r, long steps, long d) {
        if (d == 0) {
            return r;
        }
        long half = -1;
        if (d <= steps) {
            half = yAt(r, d);
        }
        long lo = 1;
        long hi = steps;
        if (hi < 1 || yAt(r, 1) < d) {
            return half;
        }
        while (lo < hi) {
            long mid = (lo + hi + 1) >>> 1;
            if (yAt(r, mid) >= d) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (yAt(r, lo) == d) {
            half = Math.max(half, lo);
        }
        return half;
    }

    private static void octants(Framebuffer fb, long x, long y, long px, long py, int c) {
        fb.plot(x + px, y + py, c);
        fb.plot(x - px, y + py, c);
        fb.plot(x + px, y - py, c);
        fb.plot(x - px, y - py, c);
        fb.plot(x + py, y + px, c);
        fb.plot(x - py, y + px, c);
        fb.plot(x + py, y - px, c);
        fb.plot(x - py, y - px, c);
    }
}
