package org.udpsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.udpsim.kernel.SimTime;
import org.udpsim.run.ScenarioRun;

/**
 * The bar {@code udpsim run} draws on a terminal while it simulates: how much of the simulated time has run,
 * {@code [###########...................] 42.0 of 120 s simulated}, redrawn in place on the error stream like the
 * sweep's. It appears only once a run has taken half a second, is redrawn at most ten times a second, and
 * {@link #finish()} wipes it, so the summary prints on a clean line.
 */
final class RunProgressBar implements ScenarioRun.Progress {
    static final long FIRST_DRAW_NANOS = 500_000_000L;
    static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final LongSupplier clock;
    private final long started;
    private long lastDraw;
    private String shown = "";

    RunProgressBar(PrintWriter out) {
        this(out, System::nanoTime);
    }

    /** With {@code clock} (nanoseconds) for the wall time. */
    RunProgressBar(PrintWriter out, LongSupplier clock) {
        this.out = out;
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    @Override
    public void reached(long nowNanos, long endNanos) {
        long wall = clock.getAsLong();
        if (wall - started < FIRST_DRAW_NANOS || (!shown.isEmpty() && wall - lastDraw < REDRAW_NANOS)) {
            return;
        }
        int filled = endNanos <= 0 ? WIDTH : (int) (WIDTH * (double) nowNanos / endNanos);
        String text = String.format(Locale.ROOT, "[%s%s] %.1f of %s s simulated", "#".repeat(filled),
                ".".repeat(WIDTH - filled), nowNanos / (double) SimTime.SECOND, seconds(endNanos));
        if (!text.equals(shown)) {
            out.print("\r" + text + " ".repeat(Math.max(0, shown.length() - text.length())));
            out.flush();
            shown = text;
            lastDraw = wall;
        }
    }

    /** Wipes the bar, if it was drawn: the cursor is back at the start of an empty line. */
    void finish() {
        if (!shown.isEmpty()) {
            out.print("\r" + " ".repeat(shown.length()) + "\r");
            out.flush();
            shown = "";
        }
    }

    private static String seconds(long nanos) {
        double s = nanos / (double) SimTime.SECOND;
        return s == Math.rint(s) ? String.format(Locale.ROOT, "%.0f", s) : String.format(Locale.ROOT, "%.1f", s);
    }
}
