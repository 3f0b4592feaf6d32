package org.udpsim.sweep;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * Shows how far a sweep has come: a bar with an ETA redrawn in place on a terminal, or a plain line every tenth of
 * the way (and at the end) when the output is a file or a pipe. The ETA is {@code --:--} until {@link Eta} can tell.
 */
public final class Progress {
    private final PrintWriter out;
    private final boolean terminal;
    private final int total;
    private final LongSupplier clock;
    private final long started;
    private final Eta eta;
    /** When each job (the thread that runs it) last finished a run. */
    private final Map<Object, Long> lastDone = new HashMap<>();
    private int done;
    private int lastTenth = -1;

    /** For {@code total} runs on one job. */
    public Progress(PrintWriter out, boolean terminal, int total) {
        this(out, terminal, total, 1);
    }

    /** For {@code total} runs on {@code jobs} parallel jobs. */
    public Progress(PrintWriter out, boolean terminal, int total, int jobs) {
        this(out, terminal, total, jobs, System::nanoTime);
    }

    /** With {@code clock} (nanoseconds) for the elapsed time. */
    Progress(PrintWriter out, boolean terminal, int total, int jobs, LongSupplier clock) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.eta = new Eta(total, jobs);
    }

    /** One more run finished, on the calling thread's job. Safe to call from several threads. */
    public void runDone() {
        runDone(Thread.currentThread());
    }

    /** One more run finished on {@code job}, which ran it right after its previous one (or from the start). */
    synchronized void runDone(Object job) {
        long now = clock.getAsLong();
        Long previous = lastDone.put(job, now);
        eta.runDone((now - (previous == null ? started : previous)) / 1e9, previous == null);
        done++;
        double elapsed = (now - started) / 1e9;
        String left = clock(eta.secondsLeft());
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            out.printf(Locale.ROOT, "\r[%s%s] %d/%d runs  ETA %s ", "#".repeat(filled), ".".repeat(width - filled), done,
                    total, left);
            if (done == total) {
                out.println();
            }
            out.flush();
        } else {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                out.printf(Locale.ROOT, "sweep: %d/%d runs done, %s elapsed, ETA %s%n", done, total, clock(elapsed),
                        left);
                out.flush();
            }
        }
    }

    private static String clock(OptionalDouble seconds) {
        return seconds.isPresent() ? clock(seconds.getAsDouble()) : "--:--";
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
