package org.udpsim.net;

/**
 * The packets (or frames) waiting for a transmitter that serves them strictly in order: since each one's start time
 * is known when it arrives, the line is just those start times, and its length at any moment is how many of them
 * are still in the future. A ring buffer: adding and counting take constant time, amortized.
 */
public final class WaitingLine {
    private long[] starts = new long[16];
    private int head;
    private int count;

    /** How many wait at time {@code now}: those whose start is later. */
    public int length(long now) {
        while (count > 0 && starts[head] <= now) {
            head = (head + 1) & (starts.length - 1);
            count--;
        }
        return count;
    }

    /** Adds one that will start at {@code start}; starts must come in order. */
    public void add(long start) {
        if (count == starts.length) {
            long[] bigger = new long[starts.length * 2];
            for (int i = 0; i < count; i++) {
                bigger[i] = starts[(head + i) & (starts.length - 1)];
            }
            starts = bigger;
            head = 0;
        }
        starts[(head + count) & (starts.length - 1)] = start;
        count++;
    }
}
