package org.udpsim.wifi;

import org.udpsim.kernel.Simulation;

/**
 * The air around one access point: a single shared channel that carries one frame at a time. A frame occupies it
 * for its air time ({@link AccessPointConfig#airtimeNanos(int)} per attempt); frames from the access point and all
 * its stations take turns in the order they were offered (first come, first served).
 *
 * <p>Like a wired link's transmitter, the medium is modelled analytically: since frames are served strictly in
 * order, a frame's start is known when it is offered (when the air is next free), so the medium is just the time
 * the air becomes free. Real 802.11 contention (random backoff, collisions) is folded into the mean backoff of the
 * per-frame overhead; this model never loses a frame to a collision.
 */
public final class RadioMedium {
    private final Simulation sim;
    private final AccessPointConfig config;
    private long busyUntil;
    private long occupiedNanos;

    RadioMedium(Simulation sim, AccessPointConfig config) {
        this.sim = sim;
        this.config = config;
    }

    /** The air time of one transmission attempt of an IP packet of {@code ipBytes}. */
    public long airtimeNanos(int ipBytes) {
        return config.airtimeNanos(ipBytes);
    }

    /** The time the air becomes free, after every frame offered so far; at most now if it is free now. */
    public long freeAt() {
        return busyUntil;
    }

    /** The total air time taken by all frames offered so far, including their failed attempts. */
    public long occupiedNanos() {
        return occupiedNanos;
    }

    /** Takes the air for {@code durationNanos} from the moment it is free; returns that start time. */
    long occupy(long durationNanos) {
        long start = Math.max(sim.now(), busyUntil);
        busyUntil = start + durationNanos;
        occupiedNanos += durationNanos;
        return start;
    }
}
