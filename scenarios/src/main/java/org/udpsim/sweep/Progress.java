package org.udpsim.sweep;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows how far a sweep has come: a bar with an ETA redrawn in place on a terminal, or a plain line every tenth of
 * the way (and at the end) when the output is a file or a pipe.
 */
public final class Progress {
    private final PrintWriter out;
    private final boolean terminal;
    private final int total;
    private final long started = System.nanoTime();
    private int done;
    private int lastTenth = -1;

    public Progress(PrintWriter out, boolean terminal, int total) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
    }

    /** One more run finished. Safe to call from several threads. */
    public synchronized void runDone() {
        done++;
        double elapsed = (System.nanoTime() - started) / 1e9;
        double eta = done == 0 ? 0 : elapsed / done * (total - done);
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            out.printf(Locale.ROOT, "\r[%s%s] %d/%d runs  ETA %s ", "#".repeat(filled), ".".repeat(width - filled), done,
                    total, clock(eta));
            if (done == total) {
                out.println();
            }
            out.flush();
        } else {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                out.printf(Locale.ROOT, "sweep: %d/%d runs done, %s elapsed, ETA %s%n", done, total, clock(elapsed),
                        clock(eta));
                out.flush();
            }
        }
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
