package org.udpsim.wifi;

import org.udpsim.kernel.Simulation;
import org.udpsim.packet.Packet;
import org.udpsim.packet.PacketSink;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketEnqueued;
import org.udpsim.trace.RadioAttempts;
import org.udpsim.trace.Trace;

/**
 * One direction of the radio between a station and its access point, a hop such as {@code client->classroom} or
 * {@code classroom->client}. A frame waits in its sender's queue, takes the shared air, and reaches the receiver
 * unless every transmission attempt was lost; then the rest of the hop's impairments (delay, duplication, ...) act.
 *
 * <p>A unicast frame is acknowledged and retried: up to 1 + the retry limit attempts, each taking one frame's air
 * time, and it is dropped ({@link DropReason#RADIO}) only if all of them fail. A broadcast frame is sent once and
 * never retried; each receiver misses it with the hop's own per-attempt loss. Every frame is traced as
 * {@link RadioAttempts}. The hop draws its losses from its own random stream {@code "radio:" + place + "/loss"},
 * so other stations never change its draws.
 */
public final class RadioHop {
    /** Which way a hop carries frames. */
    public enum Direction {
        /** From a station to its access point, e.g. {@code client->classroom}. */
        STATION_TO_AP,
        /** From the access point to one station, e.g. {@code classroom->client}. */
        AP_TO_STATION
    }

    private final Simulation sim;
    private final Trace trace;
    private final String place;
    private final Direction direction;
    private final AccessPointConfig config;
    private final RadioTransmitter transmitter;
    private final PacketSink out;
    private AttemptLoss loss = AttemptLoss.NONE;
    private PacketSink afterAir;

    RadioHop(Simulation sim, Trace trace, String place, Direction direction, AccessPointConfig config,
            RadioTransmitter transmitter, PacketSink out) {
        this.sim = sim;
        this.trace = trace;
        this.place = place;
        this.direction = direction;
        this.config = config;
        this.transmitter = transmitter;
        this.out = out;
        this.afterAir = out;
    }

    /** The hop's name, {@code station->ap} or {@code ap->station} by node names, used in traces and scenario files. */
    public String place() {
        return place;
    }

    public Direction direction() {
        return direction;
    }

    /** The name of this hop's random stream for its per-attempt losses. */
    public String lossStreamName() {
        return "radio:" + place + "/loss";
    }

    /**
     * Makes each transmission attempt on this hop fail independently with probability {@code p} (0–1), drawn from
     * the hop's own stream. Replaces any loss set before; 0 turns radio loss off.
     */
    public void setAttemptLossProbability(double p) {
        this.loss = p == 0 ? AttemptLoss.NONE : AttemptLoss.bernoulli(sim.random().stream(lossStreamName()), p);
    }

    /** Frames waiting in this hop's sender's queue (for the access point: frames to all its stations). */
    public int queueLength() {
        return transmitter.queueLength();
    }

    /** Sets what happens to a frame after the air, then hands it on to the receiver; the seam for netem's chain. */
    void setLoss(AttemptLoss l) {
        this.loss = l;
    }

    void setAfterAir(PacketSink chainIntoReceiver) {
        this.afterAir = chainIntoReceiver;
    }

    /** The receiver at the end of the hop, for building an after-air chain that ends in it. */
    PacketSink receiver() {
        return out;
    }

    /** Sends a unicast frame: queued, then attempted until acknowledged or the retries run out. */
    void sendUnicast(Packet p) {
        if (refusedByFullQueue(p)) {
            return;
        }
        int maxAttempts = 1 + config.retryLimit();
        int attempts = 0;
        boolean delivered = false;
        while (attempts < maxAttempts) {
            attempts++;
            if (!loss.lost()) {
                delivered = true;
                break;
            }
        }
        long end = transmitter.reserve(attempts * config.airtimeNanos(p.length()));
        traceEnqueued(p);
        int tries = attempts;
        boolean ok = delivered;
        sim.scheduleAt(end, () -> arrive(p, tries, ok));
    }

    /**
     * One receiver's copy of a broadcast frame that the access point put on the air once, ending at {@code airEnd}:
     * a single attempt, which this receiver misses with the hop's loss.
     */
    void receiveBroadcast(Packet copy, long airEnd) {
        boolean ok = !loss.lost();
        traceEnqueued(copy);
        sim.scheduleAt(airEnd, () -> arrive(copy, 1, ok));
    }

    /** Traces {@code p} as dropped here because its sender's queue is full; returns true if so. */
    boolean refusedByFullQueue(Packet p) {
        if (!transmitter.isFull()) {
            return false;
        }
        if (trace.isOn()) {
            trace.emit(new PacketDropped(sim.now(), place, DropReason.QUEUE_FULL, p));
        }
        return true;
    }

    private void traceEnqueued(Packet p) {
        if (trace.isOn()) {
            trace.emit(new PacketEnqueued(sim.now(), place, p, transmitter.queueLength()));
        }
    }

    private void arrive(Packet p, int attempts, boolean delivered) {
        if (trace.isOn()) {
            trace.emit(new RadioAttempts(sim.now(), place, p, attempts, delivered));
        }
        if (!delivered) {
            if (trace.isOn()) {
                trace.emit(new PacketDropped(sim.now(), place, DropReason.RADIO, p));
            }
            return;
        }
        afterAir.accept(p);
    }

    @Override
    public String toString() {
        return place;
    }
}
