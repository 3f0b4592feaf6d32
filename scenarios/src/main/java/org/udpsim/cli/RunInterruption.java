package org.udpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.udpsim.kernel.SimTime;
import org.udpsim.reports.run.OutputDirectory;
import org.udpsim.run.ScenarioRun;

/**
 * What {@code udpsim run} does when it is stopped from outside, by Ctrl-C (SIGINT) or SIGTERM: the run stops at the
 * end of the slice of simulated time it is in, its temporary folder is deleted, and one line says so,
 * {@code interrupted at 12.3 s simulated: nothing written}; the process exits with 130 (SIGINT) or 143 (SIGTERM),
 * as the JVM does for those signals. No output folder is left, hidden or not; an earlier run's folder stays as it
 * was.
 *
 * <p>A JVM stopped by a signal runs its shutdown hooks and then halts, whatever its other threads do. The hook
 * asks the run to stop ({@link #progress} throws {@link Interrupted} between slices), then waits for the run's
 * thread to have cleaned up and printed the line: at most {@link #GRACE_SECONDS} for the run to see the request,
 * then as long as deleting its folder takes. If the run has not seen it by then (a slice that takes long), the hook
 * deletes the folder itself and prints the line without the time.
 */
final class RunInterruption implements AutoCloseable {
    /** How long the hook waits for the run to stop by itself. */
    static final long GRACE_SECONDS = 10;
    /** How long the hook waits for a run that has stopped to delete its folder (a long run's may be large). */
    static final long CLEANUP_MINUTES = 10;

    /** Thrown between slices of the simulation once a stop is asked for. */
    static final class Interrupted extends RuntimeException {
        private final long nowNanos;

        Interrupted(long nowNanos) {
            super("interrupted", null, false, false);
            this.nowNanos = nowNanos;
        }

        /** The line printed for it: {@code interrupted at 12.3 s simulated: nothing written}. */
        String line() {
            return String.format(Locale.ROOT, "interrupted at %.1f s simulated: nothing written",
                    nowNanos / (double) SimTime.SECOND);
        }
    }

    private final Path target;
    private final PrintWriter err;
    private final Thread hook;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean requested;
    /** The run has seen the request and is cleaning up. */
    private volatile boolean stopping;

    private RunInterruption(Path target, PrintWriter err) {
        this.target = target;
        this.err = err;
        this.hook = new Thread(this::stop, "udpsim-interrupt");
    }

    /** Watches for a signal while the run into {@code target} goes on, until {@link #close()}. */
    static RunInterruption install(Path target, PrintWriter err) {
        RunInterruption i = new RunInterruption(target, err);
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    /** {@code next} told of the run's progress, after a check that throws {@link Interrupted} once asked to stop. */
    ScenarioRun.Progress progress(ScenarioRun.Progress next) {
        return (now, end) -> {
            if (requested) {
                stopping = true;
                throw new Interrupted(now);
            }
            next.reached(now, end);
        };
    }

    /** The run has ended, one way or another, and said so: a signal from now on finds nothing to clean up. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running, and now returns
        }
    }

    private void stop() {
        requested = true;
        try {
            if (finished.await(GRACE_SECONDS, TimeUnit.SECONDS)
                    || stopping && finished.await(CLEANUP_MINUTES, TimeUnit.MINUTES)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            OutputDirectory.abandonUnfinished(target);
        } catch (IOException e) {
            // the JVM halts next; nothing more can be done
        }
        err.println("interrupted: nothing written");
        err.flush();
    }
}
