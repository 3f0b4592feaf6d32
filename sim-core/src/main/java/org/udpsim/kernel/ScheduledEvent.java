package org.udpsim.kernel;

import java.util.function.Consumer;

/**
 * An action scheduled at a simulated time; the handle by which it can be cancelled.
 *
 * <p>Events are ordered by (time, sequence): two events at the same nanosecond run in the order they were
 * scheduled. The sequence number is a counter of the owning {@link Simulation}, never a static.
 */
public final class ScheduledEvent {
    final long time;
    final long sequence;
    final Runnable action;
    final Consumer<Object> consumer;
    final Object argument;
    /** Position in the event queue's heap array, or -1 once it has run or been cancelled. */
    int heapIndex = -1;

    ScheduledEvent(long time, long sequence, Runnable action) {
        this.time = time;
        this.sequence = sequence;
        this.action = action;
        this.consumer = null;
        this.argument = null;
    }

    @SuppressWarnings("unchecked")
    <T> ScheduledEvent(long time, long sequence, Consumer<? super T> consumer, T argument) {
        this.time = time;
        this.sequence = sequence;
        this.action = null;
        this.consumer = (Consumer<Object>) consumer;
        this.argument = argument;
    }

    void run() {
        if (action != null) {
            action.run();
        } else {
            consumer.accept(argument);
        }
    }

    /** The simulated time, in nanoseconds, at which the action runs. */
    public long time() {
        return time;
    }

    /** True while the event waits in the queue: it has neither run nor been cancelled. */
    public boolean isPending() {
        return heapIndex >= 0;
    }

    boolean before(ScheduledEvent other) {
        return time < other.time || (time == other.time && sequence < other.sequence);
    }
}
