package org.udpsim.sweep;

import java.util.OptionalDouble;

/**
 * Estimates how long a sweep has left from how long its runs took so far.
 *
 * <p>A job's first run pays for compiling the code (the JIT warming up, GraalPy's first contexts) and can take
 * many times as long as the later ones, so it does not count: the typical run is the mean of the runs that were not
 * their job's first. The time left is the runs still to do times the typical run, shared among the jobs.
 *
 * <p>There is no estimate until {@link #threshold()} runs are done (at least three, at least one per job, since
 * the jobs start together, and at least 2 % of all) and at least one of them was not its job's first.
 */
public final class Eta {
    private final int total;
    private final int jobs;
    private int done;
    private int warmRuns;
    private double warmSeconds;

    /** For {@code total} runs on {@code jobs} parallel jobs. */
    public Eta(int total, int jobs) {
        this.total = total;
        this.jobs = Math.max(1, jobs);
    }

    /** The runs done before there is an estimate. */
    public int threshold() {
        return Math.min(total, Math.max(Math.max(jobs, 3), (int) Math.ceil(total * 0.02)));
    }

    /** One run finished after {@code seconds}; {@code firstOfItsJob} if it was the first its job ran. */
    public void runDone(double seconds, boolean firstOfItsJob) {
        done++;
        if (!firstOfItsJob) {
            warmRuns++;
            warmSeconds += seconds;
        }
    }

    public int done() {
        return done;
    }

    /** The seconds left, or empty while too few runs are done to tell. */
    public OptionalDouble secondsLeft() {
        if (done >= total) {
            return OptionalDouble.of(0);
        }
        if (done < threshold() || warmRuns == 0) {
            return OptionalDouble.empty();
        }
        double typical = warmSeconds / warmRuns;
        int left = total - done;
        return OptionalDouble.of(left * typical / Math.min(jobs, left));
    }
}
