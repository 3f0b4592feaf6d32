package org.udpsim.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * A simulation: a clock in nanoseconds, the events still to happen, and the processes that wait for them.
 *
 * <p>Time only moves when the next event is taken from the queue; events at the same nanosecond run in the order
 * they were scheduled. Everything a model does happens inside an event or inside a {@link SimProcess}, and exactly
 * one of them runs at a time, so models need no locks. Each simulation owns its counters and random streams, so two
 * simulations in one JVM never influence each other.
 *
 * <p>Close the simulation when done with it: {@link #close()} ends the threads of processes that are still waiting.
 */
public final class Simulation implements AutoCloseable {
    private final long seed;
    private final RandomStreams random;
    private final EventQueue queue = new EventQueue();
    private final List<SimProcess> processes = new ArrayList<>();
    /** Held by whoever runs: the kernel thread, or the one process it has resumed. */
    final Semaphore kernelTurn = new Semaphore(0);

    private long now;
    private long nextSequence;
    private long dispatched;
    private boolean stopRequested;
    private boolean closed;
    private SimProcess current;

    /** A simulation at time zero whose random streams all derive from {@code seed}. */
    public Simulation(long seed) {
        this.seed = seed;
        this.random = new RandomStreams(seed);
    }

    /** The seed every random stream of this simulation derives from. */
    public long seed() {
        return seed;
    }

    /** The current simulated time in nanoseconds. */
    public long now() {
        return now;
    }

    /** The named random streams of this simulation. */
    public RandomStreams random() {
        return random;
    }

    /** How many events have run so far. */
    public long eventsDispatched() {
        return dispatched;
    }

    /** How many events wait in the queue. */
    public int pendingEvents() {
        return queue.size();
    }

    /** The process whose code is running now, or null when an event (not a process) runs. */
    public SimProcess currentProcess() {
        return current;
    }

    /**
     * Runs {@code action} after {@code delayNanos} of simulated time.
     *
     * @throws IllegalArgumentException if the delay is negative
     */
    public ScheduledEvent schedule(long delayNanos, Runnable action) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("delay must not be negative, was " + delayNanos + " ns");
        }
        return scheduleAt(addSaturating(now, delayNanos), action);
    }

    /**
     * Runs {@code action} at the absolute simulated time {@code timeNanos}.
     *
     * @throws IllegalArgumentException if that time is already past
     */
    public ScheduledEvent scheduleAt(long timeNanos, Runnable action) {
        if (timeNanos < now) {
            throw new IllegalArgumentException(
                    "cannot schedule in the past: time " + timeNanos + " ns is before now " + now + " ns");
        }
        if (action == null) {
            throw new IllegalArgumentException("action must not be null");
        }
        ScheduledEvent e = new ScheduledEvent(timeNanos, nextSequence++, action);
        queue.add(e);
        return e;
    }

    /**
     * Hands {@code argument} to {@code action} at the absolute simulated time {@code timeNanos}: the same as
     * scheduling a lambda that captures the argument, without allocating the lambda (for per-packet hot paths).
     */
    public <T> ScheduledEvent scheduleAt(long timeNanos, Consumer<? super T> action, T argument) {
        if (timeNanos < now) {
            throw new IllegalArgumentException(
                    "cannot schedule in the past: time " + timeNanos + " ns is before now " + now + " ns");
        }
        if (action == null) {
            throw new IllegalArgumentException("action must not be null");
        }
        ScheduledEvent e = new ScheduledEvent(timeNanos, nextSequence++, action, argument);
        queue.add(e);
        return e;
    }

    /** Cancels a pending event; returns false if it has already run or was cancelled before. */
    public boolean cancel(ScheduledEvent event) {
        return event != null && queue.remove(event);
    }

    /** Runs events until none is left or {@link #stop()} is called. */
    public void run() {
        runUntil(Long.MAX_VALUE);
    }

    /**
     * Runs every event whose time is at most {@code endNanos}, then sets the clock to {@code endNanos} (unless the
     * run was stopped, or the end is {@link Long#MAX_VALUE}). Events after the end stay queued for a later call.
     */
    public void runUntil(long endNanos) {
        if (closed) {
            throw new IllegalStateException("the simulation is closed");
        }
        if (endNanos < now) {
            throw new IllegalArgumentException("end " + endNanos + " ns is before now " + now + " ns");
        }
        stopRequested = false;
        while (!stopRequested) {
            ScheduledEvent next = queue.peek();
            if (next == null || next.time > endNanos) {
                break;
            }
            queue.poll();
            now = next.time;
            dispatched++;
            next.run();
        }
        if (!stopRequested && endNanos != Long.MAX_VALUE) {
            now = endNanos;
        }
    }

    /** Asks the running {@code run}/{@code runUntil} to return after the current event. */
    public void stop() {
        stopRequested = true;
    }

    /**
     * Starts a blocking-style process at the current time. Its body runs on its own thread but never at the same
     * time as anything else in this simulation; its code takes no simulated time; it waits with
     * {@link SimProcess#sleep(long)} and {@link SimProcess#await(Signal, long)}.
     */
    public SimProcess spawn(String name, ProcessBody body) {
        return spawnAt(now, name, body);
    }

    /** Starts a blocking-style process at the absolute simulated time {@code startNanos}. */
    public SimProcess spawnAt(long startNanos, String name, ProcessBody body) {
        if (closed) {
            throw new IllegalStateException("the simulation is closed");
        }
        SimProcess p = new SimProcess(this, name, body);
        processes.add(p);
        scheduleAt(startNanos, p::start);
        return p;
    }

    /** Ends the threads of all processes that are still waiting. The simulation cannot run afterwards. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (SimProcess p : processes) {
            p.terminate();
        }
        processes.clear();
    }

    void setCurrent(SimProcess p) {
        current = p;
    }

    private static long addSaturating(long a, long b) {
        long r = a + b;
        return r < a ? Long.MAX_VALUE : r;
    }
}
