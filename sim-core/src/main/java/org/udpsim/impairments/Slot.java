package org.udpsim.impairments;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * netem's {@code slot MIN_DELAY [MAX_DELAY] [packets PACKETS] [bytes BYTES]}: packets are held and sent in slots,
 * as a bursty medium (WiFi aggregation, DOCSIS, LTE) sends them (tc-netem(8); get_slot_next and netem_dequeue in
 * sch_netem.c).
 *
 * <p>A packet leaves only when its send time (after delay and rate) has come <em>and</em> a slot is open. When the
 * next packet to leave is due after the current slot's start, a new slot is drawn, starting {@code MIN_DELAY} to
 * {@code MAX_DELAY} from then (uniform; exactly {@code MIN_DELAY} if both are the same); an open slot sends every
 * due packet, up to {@code packets} packets or {@code bytes} bytes, after which the next slot is drawn. So a packet
 * that finds the hop idle waits one slot time, and packets arriving within it leave together. Packets that
 * {@code reorder} sends at once skip the slots, as in netem. udpsim counts a packet's IP length as its bytes.
 *
 * <p>udpsim does not take netem's second form, {@code slot distribution NAME DELAY JITTER}.
 *
 * @param minNanos the shortest time from one slot to the next; with {@code maxNanos} 0, no slots
 * @param maxNanos the longest, at least {@code minNanos}
 * @param packets the most packets sent in one slot; 0 for no limit
 * @param bytes the most bytes sent in one slot; 0 for no limit (the slot ends once it has sent this many or more)
 */
public record Slot(long minNanos, long maxNanos, int packets, int bytes) {
    /** No slots: packets leave at their send time. */
    public static final Slot NONE = new Slot(0, 0, 0, 0);

    public Slot {
        Checks.time("slot", minNanos);
        Checks.time("slot max_delay", maxNanos);
        Checks.atLeast("slot packets", 0, packets);
        Checks.atLeast("slot bytes", 0, bytes);
        if (maxNanos < minNanos) {
            throw new NetemException("slot max_delay", "slot max_delay " + NetemFormat.time(maxNanos) + " must be at"
                    + " least its min_delay " + NetemFormat.time(minNanos) + ", e.g. \"slot " + NetemFormat.time(
                    minNanos) + " " + NetemFormat.time(minNanos * 2) + "\"");
        }
        if (maxNanos == 0 && (packets != 0 || bytes != 0)) {
            throw new NetemException("slot", "slot packets and bytes need a slot time, e.g. \"slot 10ms packets 4\"");
        }
    }

    /** Slots of a fixed length, without a limit per slot. */
    public static Slot of(long nanos) {
        return new Slot(nanos, nanos, 0, 0);
    }

    public boolean isNone() {
        return maxNanos == 0;
    }

    /** True if slot lengths vary, so drawing one takes a random number. */
    boolean isRandom() {
        return maxNanos > minNanos;
    }

    /** The time from now to the next slot: uniform in [min, max), or min when both are the same. */
    long nextNanos(RandomGenerator rng) {
        return isRandom() ? minNanos + (long) (rng.nextDouble() * (maxNanos - minNanos)) : minNanos;
    }

    /** The most packets a slot sends: {@code packets}, or no limit. */
    long packetsPerSlot() {
        return packets == 0 ? Integer.MAX_VALUE : packets;
    }

    /** The most bytes a slot sends: {@code bytes}, or no limit. */
    long bytesPerSlot() {
        return bytes == 0 ? Integer.MAX_VALUE : bytes;
    }

    /** In netem syntax, e.g. {@code slot 10ms 20ms packets 4}; empty if none. */
    public String toNetem() {
        if (isNone()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("slot ").append(NetemFormat.time(minNanos));
        if (maxNanos != minNanos) {
            sb.append(' ').append(NetemFormat.time(maxNanos));
        }
        if (packets != 0) {
            sb.append(" packets ").append(packets);
        }
        if (bytes != 0) {
            sb.append(" bytes ").append(bytes);
        }
        return sb.toString();
    }
}
