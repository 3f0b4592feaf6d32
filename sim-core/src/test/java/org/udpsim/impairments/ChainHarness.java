package org.udpsim.impairments;

import java.util.ArrayList;
import java.util.List;
import org.udpsim.kernel.Simulation;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.packet.PacketIds;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.PacketCopied;
import org.udpsim.trace.PacketCorrupted;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketReordered;
import org.udpsim.trace.Trace;
import org.udpsim.trace.TraceRecord;

/** A simulation, a trace that keeps every record, and one chain whose output is collected with its times. */
final class ChainHarness {
    static final String PLACE = "a->b";
    private static final Ipv4Address SRC = Ipv4Address.of(192, 168, 0, 2);
    private static final Ipv4Address DST = Ipv4Address.of(192, 168, 0, 3);

    /** A packet handed on by the chain, and when. */
    record Delivery(long time, Packet packet) {
    }

    final Simulation sim;
    final Trace trace = new Trace();
    final PacketIds ids = new PacketIds();
    final List<TraceRecord> records = new ArrayList<>();
    final List<Delivery> delivered = new ArrayList<>();
    /** The ids of the packets made by {@link #packet}, in order: copies take ids in between. */
    final List<Long> madeIds = new ArrayList<>();
    final ImpairmentChain chain;

    ChainHarness(long seed, String netem) {
        this(seed, NetemSpec.parse(netem));
    }

    ChainHarness(long seed, NetemSpec spec) {
        sim = new Simulation(seed);
        trace.addListener(records::add);
        chain = new ImpairmentChain(sim, trace, ids, PLACE, spec,
                p -> delivered.add(new Delivery(sim.now(), p)));
    }

    /** A new UDP packet with this many payload bytes and the next id. */
    Packet packet(int payloadBytes) {
        long id = ids.next();
        madeIds.add(id);
        return Packet.udp(id, sim.now(), SRC, 5000, DST, 6000, new byte[payloadBytes], 64, (int) id);
    }

    /** Offers {@code n} packets at the current time, one after the other. */
    void offer(int n, int payloadBytes) {
        for (int i = 0; i < n; i++) {
            chain.offer(packet(payloadBytes));
        }
    }

    /** Offers {@code n} packets, one every {@code spacingNanos}, then runs the simulation to the end. */
    void offerSpaced(int n, long spacingNanos, int payloadBytes) {
        for (int i = 0; i < n; i++) {
            sim.scheduleAt(i * spacingNanos, () -> chain.offer(packet(payloadBytes)));
        }
        sim.run();
    }

    long count(Class<? extends TraceRecord> type) {
        return records.stream().filter(type::isInstance).count();
    }

    List<PacketDropped> drops(DropReason reason) {
        return records.stream().filter(PacketDropped.class::isInstance).map(PacketDropped.class::cast)
                .filter(d -> d.reason() == reason).toList();
    }

    /** Ids of the original packets (not copies) dropped for a loss. */
    List<Long> lostOriginalIds() {
        return drops(DropReason.LOSS).stream().filter(d -> !d.packet().isCopy()).map(d -> d.packet().id()).toList();
    }

    /** The 1-based number of the made packet with this id, in the order packets were made. */
    long number(long id) {
        return java.util.Collections.binarySearch(madeIds, id) + 1;
    }

    List<PacketCopied> copies() {
        return records.stream().filter(PacketCopied.class::isInstance).map(PacketCopied.class::cast).toList();
    }

    List<PacketCorrupted> corruptions() {
        return records.stream().filter(PacketCorrupted.class::isInstance).map(PacketCorrupted.class::cast).toList();
    }

    List<PacketReordered> reorderings() {
        return records.stream().filter(PacketReordered.class::isInstance).map(PacketReordered.class::cast).toList();
    }
}
