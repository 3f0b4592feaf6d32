package org.udpsim.wifi;

import org.udpsim.kernel.Simulation;

/**
 * The transmit queue of one radio device (a station, or the access point for all its stations): frames wait in it
 * until the shared air is theirs. It holds at most the access point's queue limit of waiting frames.
 *
 * <p>As frames take the air in the order offered, each frame's start is known on arrival; the queue is just the
 * start times of this device's frames that have not started yet, a ring buffer counted against the limit.
 */
final class RadioTransmitter {
    private final Simulation sim;
    private final RadioMedium medium;
    private final int limit;
    private long[] waitingStarts = new long[16];
    private int head;
    private int count;

    RadioTransmitter(Simulation sim, RadioMedium medium, int limit) {
        this.sim = sim;
        this.medium = medium;
        this.limit = limit;
    }

    /** How many of this device's frames wait for the air now. */
    int queueLength() {
        long now = sim.now();
        while (count > 0 && waitingStarts[head] <= now) {
            head = (head + 1) & (waitingStarts.length - 1);
            count--;
        }
        return count;
    }

    /** True if a frame offered now would have to wait and the queue is already at its limit. */
    boolean isFull() {
        return medium.freeAt() > sim.now() && queueLength() >= limit;
    }

    /** Queues a frame that will hold the air for {@code airNanos}; returns the time its last bit is on the air. */
    long reserve(long airNanos) {
        long start = medium.occupy(airNanos);
        if (start > sim.now()) {
            push(start);
        }
        return start + airNanos;
    }

    private void push(long start) {
        if (count == waitingStarts.length) {
            long[] bigger = new long[waitingStarts.length * 2];
            for (int i = 0; i < count; i++) {
                bigger[i] = waitingStarts[(head + i) & (waitingStarts.length - 1)];
            }
            waitingStarts = bigger;
            head = 0;
        }
        waitingStarts[(head + count) & (waitingStarts.length - 1)] = start;
        count++;
    }
}
