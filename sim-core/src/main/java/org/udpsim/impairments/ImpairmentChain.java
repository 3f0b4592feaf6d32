package org.udpsim.impairments;

import java.util.Comparator;
import java.util.PriorityQueue;
import org.apache.commons.math3.random.RandomGenerator;
import org.udpsim.kernel.ScheduledEvent;
import org.udpsim.kernel.Simulation;
import org.udpsim.packet.Packet;
import org.udpsim.packet.PacketIds;
import org.udpsim.packet.PacketSink;
import org.udpsim.trace.CopyReason;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.PacketCopied;
import org.udpsim.trace.PacketCorrupted;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketReordered;
import org.udpsim.trace.Trace;

/**
 * The netem qdisc of one hop direction: applies a {@link NetemSpec} to each packet offered and hands the packets
 * that survive to the next stage at the time netem would send them.
 *
 * <p>The order is netem_enqueue's in sch_netem.c: <b>duplicate</b> (decided first; the copy gets a new id and later
 * goes through loss, corruption and delay on its own, but is never duplicated again) → <b>loss</b> (a packet drawn
 * for both duplication and loss goes on alone: one of its two copies is lost, so neither a copy nor a drop is
 * traced) → <b>corrupt</b> (one random bit flipped) → <b>limit</b> (a packet is dropped, with its copy, when the
 * hop already holds {@code limit} packets) → <b>reorder</b> (an eligible packet is sent at once, overtaking those
 * held) or <b>delay and rate</b>: the packet's send time is now plus its drawn delay; with a rate, it starts no
 * earlier than the last held packet's send time and takes its transmission time on top (packet_time_ns). Held
 * packets leave in send-time order like netem's tfifo, ties in arrival order, so jitter alone reorders packets.
 * With a <b>slot</b>, a held packet leaves only in an open slot ({@link Slot}): the chain then keeps netem's tfifo
 * and, like netem_dequeue, tries to send at every packet offered and when its one timer (netem's watchdog) fires, at
 * the later of the first packet's send time and the slot's start. Slot lengths draw from {@code /slot}.
 *
 * <p>Without delay and rate, packets pass synchronously: {@link #offer} calls the sink before it returns, with no
 * event and no allocation. Each stage draws from its own stream {@code hop:PLACE/loss}, {@code /duplicate},
 * {@code /corrupt}, {@code /delay}, {@code /reorder}, so the losses of a hop never depend on which other stages are
 * configured (common random numbers between runs). Copies draw their loss from {@code /loss-of-copies}, so
 * duplication leaves the originals' losses unchanged (netem draws both from one generator), and a scripted loss
 * never loses a copy; copies do take their corruption, reorder and delay draws from the stages' streams.
 */
public final class ImpairmentChain {
    private final Simulation sim;
    private final Trace trace;
    private final PacketIds ids;
    private final String place;
    private final PacketSink out;

    private final long duplicateThreshold;
    private final CorrelatedRandom duplicateRandom;
    private final LossModel loss;
    private final LossModel copyLoss;
    private final long corruptThreshold;
    private final CorrelatedRandom corruptRandom;
    private final RandomGenerator corruptBits;
    private final long reorderThreshold;
    private final CorrelatedRandom reorderRandom;
    private final int gap;
    private final boolean holds;
    private final DelaySampler delay;
    private final Rate rate;
    private final int limit;

    /** Delayed packets since the last one sent at once (netem's {@code counter}). */
    private long counter;
    /** Packets held now, waiting for their send time. */
    private int held;
    /** The latest send time among the packets held; meaningful while {@code held > 0}. */
    private long lastSendTime;

    /** The slots, or {@link Slot#NONE}: then each held packet has its own event and the fields below rest. */
    private final Slot slot;
    private final RandomGenerator slotRandom;
    /** The packets held, by send time then arrival (netem's tfifo); only with a slot. */
    private final PriorityQueue<Held> tfifo;
    private long arrivals;
    /** When the current slot starts (netem's slot_next). */
    private long slotNext;
    private long packetsLeft;
    private long bytesLeft;
    /** The pending try to send (netem's watchdog), or null. */
    private ScheduledEvent watchdog;
    private long watchdogAt;

    private record Held(long sendTime, long arrival, Packet packet) {
    }

    /**
     * @param sim the simulation whose clock and random streams the chain uses
     * @param trace where drops, copies, corruptions and reorderings are recorded (not the packets held: a delay is
     *     not a queue, and the link's transmit queue records its own)
     * @param ids hands out the ids of duplicates
     * @param place the hop direction, e.g. {@code client->classroom}; names the random streams and trace records,
     *     so it must be unique among the chains of one simulation
     * @param spec the impairments
     * @param out the next stage
     */
    public ImpairmentChain(Simulation sim, Trace trace, PacketIds ids, String place, NetemSpec spec, PacketSink out) {
        this.sim = sim;
        this.trace = trace;
        this.ids = ids;
        this.place = place;
        this.out = out;
        String streams = "hop:" + place + "/";
        Duplicate dup = spec.duplicate();
        this.duplicateThreshold = CorrelatedRandom.scale(dup.percent());
        this.duplicateRandom = dup.isNone() ? null
                : new CorrelatedRandom(sim.random().stream(streams + "duplicate"), dup.correlationPercent());
        Loss l = spec.loss();
        this.loss = l.isNone() ? LossModel.NEVER : LossModels.create(l, sim.random().stream(streams + "loss"));
        this.copyLoss = l.isNone() || dup.isNone() || l instanceof ScriptedLoss ? LossModel.NEVER
                : LossModels.create(l, sim.random().stream(streams + "loss-of-copies"));
        Corrupt c = spec.corrupt();
        this.corruptThreshold = CorrelatedRandom.scale(c.percent());
        this.corruptBits = c.isNone() ? null : sim.random().stream(streams + "corrupt");
        this.corruptRandom = c.isNone() ? null : new CorrelatedRandom(corruptBits, c.correlationPercent());
        Reorder r = spec.reorder();
        this.reorderThreshold = CorrelatedRandom.scale(r.percent());
        this.reorderRandom = r.isNone() ? null
                : new CorrelatedRandom(sim.random().stream(streams + "reorder"), r.correlationPercent());
        this.gap = r.gap();
        this.holds = spec.holdsPackets();
        this.delay = spec.delay().jitterNanos() == 0 ? new DelaySampler(spec.delay(), null)
                : new DelaySampler(spec.delay(), sim.random().stream(streams + "delay"));
        this.rate = spec.rate();
        this.limit = spec.limit();
        this.slot = spec.slot();
        this.slotRandom = slot.isRandom() ? sim.random().stream(streams + "slot") : null;
        this.tfifo = slot.isNone() ? null
                : new PriorityQueue<>(Comparator.comparingLong(Held::sendTime).thenComparingLong(Held::arrival));
        // As netem's get_slot when configured: the first slot starts now, with the whole allowance.
        this.slotNext = sim.now();
        this.packetsLeft = slot.packetsPerSlot();
        this.bytesLeft = slot.bytesPerSlot();
    }

    /** The hop direction this chain impairs. */
    public String place() {
        return place;
    }

    /** How many packets the chain holds now, waiting out their delay or rate. */
    public int held() {
        return held;
    }

    /** Takes one packet: it is dropped, or handed to the sink now or at its send time, possibly with a copy. */
    public void offer(Packet p) {
        enqueue(p, true);
    }

    private void enqueue(Packet packet, boolean original) {
        Packet p = packet;
        int count = 1;
        if (original && duplicateRandom != null && duplicateRandom.chance(duplicateThreshold)) {
            count++;
        }
        if ((original ? loss : copyLoss).drop()) {
            count--;
        }
        if (count == 0) {
            if (trace.isOn()) {
                trace.emit(new PacketDropped(sim.now(), place, DropReason.LOSS, p));
            }
            return;
        }
        Packet copy = null;
        if (count > 1) {
            copy = p.copyAs(ids.next());
            if (trace.isOn()) {
                trace.emit(new PacketCopied(sim.now(), place, CopyReason.DUPLICATE, p, copy));
            }
        }
        if (corruptRandom != null && corruptRandom.chance(corruptThreshold)) {
            int bit = corruptBits.nextInt(p.length() * 8);
            p = p.withBitFlipped(bit);
            if (trace.isOn()) {
                trace.emit(new PacketCorrupted(sim.now(), place, p, bit));
            }
        }
        if (held >= limit) {
            if (trace.isOn()) {
                trace.emit(new PacketDropped(sim.now(), place, DropReason.NETEM_LIMIT, p));
                if (copy != null) {
                    trace.emit(new PacketDropped(sim.now(), place, DropReason.NETEM_LIMIT, copy));
                }
            }
            return;
        }
        if (copy != null) {
            enqueue(copy, false);
        }
        if (!holds) {
            out.accept(p);
            return;
        }
        if (reorderRandom != null && counter >= gap - 1 && reorderRandom.chance(reorderThreshold)) {
            counter = 0;
            if (trace.isOn()) {
                trace.emit(new PacketReordered(sim.now(), place, p));
            }
            out.accept(p);
            return;
        }
        hold(p);
    }

    /** Holds a packet until its send time: tabledist's delay, then the rate's queueing as netem_enqueue does. */
    private void hold(Packet p) {
        long now = sim.now();
        long sendTime = now + delay.next();
        if (!rate.isNone()) {
            if (held > 0 && lastSendTime > sendTime) {
                sendTime = lastSendTime;
            }
            sendTime += rate.transmissionNanos(p.length());
        }
        if (sendTime < now) {
            sendTime = now;
        }
        counter++;
        lastSendTime = held == 0 ? sendTime : Math.max(lastSendTime, sendTime);
        held++;
        if (tfifo == null) {
            sim.scheduleAt(sendTime, () -> release(p));
        } else {
            tfifo.add(new Held(sendTime, arrivals++, p));
            dequeue();
        }
    }

    /**
     * Sends the held packets whose time has come while a slot is open, as netem_dequeue does with a slot: a new
     * slot is drawn when the first packet is due after the current slot's start, or when the slot has sent its
     * packets or bytes; otherwise the watchdog is set for the later of the first send time and the slot's start.
     */
    private void dequeue() {
        long now = sim.now();
        while (!tfifo.isEmpty()) {
            Held first = tfifo.peek();
            if (slotNext < first.sendTime()) {
                nextSlot(now);
            }
            if (first.sendTime() > now || slotNext > now) {
                watch(Math.max(first.sendTime(), slotNext));
                return;
            }
            tfifo.poll();
            held--;
            packetsLeft--;
            bytesLeft -= first.packet().length();
            if (packetsLeft <= 0 || bytesLeft <= 0) {
                nextSlot(now);
            }
            out.accept(first.packet());
        }
    }

    /** netem's get_slot_next: the next slot starts a drawn time from now, with the whole allowance. */
    private void nextSlot(long now) {
        slotNext = now + slot.nextNanos(slotRandom);
        packetsLeft = slot.packetsPerSlot();
        bytesLeft = slot.bytesPerSlot();
    }

    /** Sets the one watchdog for {@code time}, moving it if it was set for another time. */
    private void watch(long time) {
        if (watchdog != null && watchdogAt == time) {
            return;
        }
        if (watchdog != null) {
            sim.cancel(watchdog);
        }
        watchdogAt = time;
        watchdog = sim.scheduleAt(time, () -> {
            watchdog = null;
            dequeue();
        });
    }

    private void release(Packet p) {
        held--;
        out.accept(p);
    }
}
