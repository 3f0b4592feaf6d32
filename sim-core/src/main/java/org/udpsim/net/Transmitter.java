package org.udpsim.net;

import org.udpsim.kernel.Simulation;
import org.udpsim.packet.Packet;
import org.udpsim.packet.PacketSink;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketEnqueued;
import org.udpsim.trace.Trace;

/**
 * The sending end of one link direction: a drop-tail FIFO queue in front of a line that sends one packet at a
 * time at the link's rate, followed by the propagation delay.
 *
 * <p>Because the line serves packets strictly in order, each packet's departure time is known when it arrives:
 * it starts when the line is free, ends one serialization time later, and arrives one propagation delay after
 * that. So a packet costs one event (its arrival), and the queue is just the start times of the packets still
 * waiting, kept to count them against the limit.
 */
final class Transmitter implements PacketSink {
    private final Simulation sim;
    private final Trace trace;
    private final String place;
    private final LinkConfig config;
    private final PacketSink receiver;
    private long busyUntil;
    /** The packets waiting behind the one on the line. */
    private final WaitingLine waiting = new WaitingLine();

    Transmitter(Simulation sim, Trace trace, String place, LinkConfig config, PacketSink receiver) {
        this.sim = sim;
        this.trace = trace;
        this.place = place;
        this.config = config;
        this.receiver = receiver;
    }

    /** How many packets wait behind the one being sent. */
    int queueLength() {
        return waiting.length(sim.now());
    }

    @Override
    public void accept(Packet p) {
        long now = sim.now();
        int queued = queueLength();
        long start = Math.max(now, busyUntil);
        if (start > now) {
            if (queued >= config.queueLimit()) {
                if (trace.isOn()) {
                    trace.emit(new PacketDropped(now, place, DropReason.QUEUE_FULL, p));
                }
                return;
            }
            waiting.add(start);
            queued++;
        }
        if (trace.isOn()) {
            trace.emit(new PacketEnqueued(now, place, p, queued));
        }
        busyUntil = start + config.serializationNanos(p.length());
        sim.scheduleAt(busyUntil + config.propagationDelayNanos(), receiver, p);
    }
}
