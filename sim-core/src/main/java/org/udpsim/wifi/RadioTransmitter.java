package org.udpsim.wifi;

import org.udpsim.kernel.Simulation;
import org.udpsim.net.WaitingLine;

/**
 * The transmit queue of one radio device (a station, or the access point for all its stations): frames wait in it
 * until the shared air is theirs. It holds at most the access point's queue limit of waiting frames.
 *
 * <p>As frames take the air in the order offered, each frame's start is known on arrival: the queue is a
 * {@link WaitingLine} counted against the limit.
 */
final class RadioTransmitter {
    private final Simulation sim;
    private final RadioMedium medium;
    private final int limit;
    private final WaitingLine waiting = new WaitingLine();

    RadioTransmitter(Simulation sim, RadioMedium medium, int limit) {
        this.sim = sim;
        this.medium = medium;
        this.limit = limit;
    }

    /** How many of this device's frames wait for the air now. */
    int queueLength() {
        return waiting.length(sim.now());
    }

    /** True if a frame offered now would have to wait and the queue is already at its limit. */
    boolean isFull() {
        return medium.freeAt() > sim.now() && queueLength() >= limit;
    }

    /** Queues a frame that will hold the air for {@code airNanos}; returns the time its last bit is on the air. */
    long reserve(long airNanos) {
        long start = medium.occupy(airNanos);
        if (start > sim.now()) {
            waiting.add(start);
        }
        return start + airNanos;
    }
}
