package org.udpsim.wifi;

import org.udpsim.impairments.ImpairmentChain;
import org.udpsim.impairments.LossModel;
import org.udpsim.impairments.LossModels;
import org.udpsim.impairments.NetemParser;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.impairments.ScriptedLoss;
import org.udpsim.kernel.Simulation;
import org.udpsim.packet.Packet;
import org.udpsim.packet.PacketIds;
import org.udpsim.packet.PacketSink;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketEnqueued;
import org.udpsim.trace.RadioAttempts;
import org.udpsim.trace.Trace;

/**
 * One direction of the radio between a station and its access point, a hop such as {@code client->classroom} or
 * {@code classroom->client}. A frame waits in its sender's queue, takes the shared air, and reaches the receiver
 * unless every transmission attempt was lost; then the rest of the hop's netem impairments act once per delivered
 * frame (delay and jitter, duplication, corruption, reordering, rate, limit: an {@link ImpairmentChain} without
 * its loss).
 *
 * <p>The netem {@code loss} applies per transmission attempt. A unicast frame is acknowledged and retried: up to
 * 1 + the retry limit attempts, each taking one frame's air time, and it is dropped ({@link DropReason#RADIO})
 * only if all of them fail. A broadcast frame is sent once and never retried; each receiver misses it with its own
 * hop's loss. The exception is {@code loss script}, which a lesson uses to lose a chosen datagram: it counts frames,
 * not attempts, and a frame it picks loses every attempt. Every frame is traced as {@link RadioAttempts}. The hop
 * draws its losses from its own random stream {@code "radio:" + place + "/loss"} (the rest of the chain from
 * {@code "hop:" + place + "/..."}), so other stations never change its draws.
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
    private final PacketIds ids;
    private final String place;
    private final Direction direction;
    private final AccessPointConfig config;
    private final RadioTransmitter transmitter;
    private final PacketSink out;
    private NetemSpec impairments = NetemSpec.NONE;
    private LossModel loss = LossModel.NEVER;
    private boolean lossPerFrame;
    private PacketSink afterAir;

    RadioHop(Simulation sim, Trace trace, PacketIds ids, String place, Direction direction, AccessPointConfig config,
            RadioTransmitter transmitter, PacketSink out) {
        this.sim = sim;
        this.trace = trace;
        this.ids = ids;
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
     * Puts netem impairments on this hop, replacing any it had (the access point's {@code radio} impairments
     * included): the loss per transmission attempt, the rest once per delivered frame. Set them before traffic
     * flows; the loss model starts afresh, its stream goes on where it was.
     */
    public void setImpairments(NetemSpec spec) {
        if (spec == null) {
            throw new IllegalArgumentException(place + ": impairments must not be null; use NetemSpec.NONE for none");
        }
        this.impairments = spec;
        this.loss = spec.loss().isNone() ? LossModel.NEVER
                : LossModels.create(spec.loss(), sim.random().stream(lossStreamName()));
        this.lossPerFrame = spec.loss() instanceof ScriptedLoss;
        NetemSpec rest = spec.withoutLoss();
        if (rest.equals(NetemSpec.NONE)) {
            this.afterAir = out;
        } else {
            ImpairmentChain chain = new ImpairmentChain(sim, trace, ids, place, rest, out);
            this.afterAir = chain::offer;
        }
    }

    /**
     * Puts impairments written in netem's words on this hop, e.g. {@code "loss 20% delay 2ms 1ms"}.
     *
     * @throws org.udpsim.impairments.NetemException naming the option that is wrong
     */
    public void setImpairments(String netemOptions) {
        setImpairments(NetemParser.parse(netemOptions).spec());
    }

    /** The impairments on this hop; {@link NetemSpec#NONE} for none. */
    public NetemSpec impairments() {
        return impairments;
    }

    /** Frames waiting in this hop's sender's queue (for the access point: frames to all its stations). */
    public int queueLength() {
        return transmitter.queueLength();
    }

    /** Sends a unicast frame: queued, then attempted until acknowledged or the retries run out. */
    void sendUnicast(Packet p) {
        if (refusedByFullQueue(p)) {
            return;
        }
        int maxAttempts = 1 + config.retryLimit();
        int attempts = 0;
        boolean delivered = false;
        if (lossPerFrame) {
            delivered = !loss.drop();
            attempts = delivered ? 1 : maxAttempts;
        } else {
            while (attempts < maxAttempts) {
                attempts++;
                if (!loss.drop()) {
                    delivered = true;
                    break;
                }
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
        boolean ok = !loss.drop();
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
