package org.udpsim.trace;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * What happened to one flow's packets: how many were sent, delivered, dropped (by reason), copied, and delivered
 * out of order, and their one-way delays.
 *
 * <p>Conservation holds at every moment: {@code sent + copies = delivered + dropped + inFlight}. Of the delivered
 * packets, {@link #queuedUnread()} were never read by the receiving program.
 */
public final class FlowStats {
    private final FlowKey key;
    private long sent;
    private long delivered;
    private long duplicated;
    private long broadcastCopies;
    private long reordered;
    private long queuedUnread;
    private final EnumMap<DropReason, Long> drops = new EnumMap<>(DropReason.class);
    private final DescriptiveStatistics delayMs = new DescriptiveStatistics();
    /** Per receiving node, the newest original datagram delivered so far (ids grow in sending order). */
    private final Map<String, Long> newestDelivered = new TreeMap<>();
    /** Of a broadcast, the original datagrams some receiver's socket took (kept once the flow is a broadcast). */
    private Set<Long> broadcastsDelivered;

    FlowStats(FlowKey key) {
        this.key = key;
    }

    public FlowKey key() {
        return key;
    }

    /** Datagrams the sender handed to IP. */
    public long sent() {
        return sent;
    }

    /** Packets that reached a socket at their destination (copies included). */
    public long delivered() {
        return delivered;
    }

    /** Copies made by netem's {@code duplicate}. */
    public long duplicated() {
        return duplicated;
    }

    /** Copies made to deliver a broadcast to several receivers. */
    public long broadcastCopies() {
        return broadcastCopies;
    }

    /** True if the flow's datagrams were broadcast: copied to several receivers. */
    public boolean isBroadcast() {
        return broadcastsDelivered != null;
    }

    /**
     * Of a broadcast, the datagrams that reached at least one receiver's socket (each counted once, whatever the
     * number of receivers); of any other flow, {@link #delivered()}.
     */
    public long datagramsDelivered() {
        return broadcastsDelivered == null ? delivered : broadcastsDelivered.size();
    }

    /**
     * What the flow lost, counted as {@link #datagramsDelivered()} counts: of a broadcast, the datagrams that reached
     * no receiver's socket (never more than were sent, however many copies died); of any other flow, its drops.
     */
    public long lost() {
        return broadcastsDelivered == null ? dropped() : sent - broadcastsDelivered.size();
    }

    /** Deliveries of a datagram sent before one already delivered to the same node. */
    public long reordered() {
        return reordered;
    }

    /** All drops, whatever the reason. */
    public long dropped() {
        long n = 0;
        for (long v : drops.values()) {
            n += v;
        }
        return n;
    }

    public long dropped(DropReason reason) {
        return drops.getOrDefault(reason, 0L);
    }

    /** Drops by reason, in the enum's order, reasons with no drop left out. */
    public Map<DropReason, Long> dropsByReason() {
        return new EnumMap<>(drops);
    }

    /** Packets neither delivered nor dropped yet: {@code sent + copies - delivered - dropped}. */
    public long inFlight() {
        return sent + duplicated + broadcastCopies - delivered - dropped();
    }

    /**
     * Delivered datagrams the receiving program never read: still in its socket's queue at the end of the run, or
     * thrown away when it closed the socket (known once the run has ended; always 0 for TCP, whose unread data is
     * bytes in a receive buffer, not segments).
     */
    public long queuedUnread() {
        return queuedUnread;
    }

    /** One-way delays of delivered packets, in milliseconds (sent at the sender to taken by the socket). */
    public DescriptiveStatistics delayMillis() {
        return delayMs;
    }

    void onSent() {
        sent++;
    }

    void onCopied(CopyReason reason) {
        if (reason == CopyReason.DUPLICATE) {
            duplicated++;
        } else {
            broadcastCopies++;
            if (broadcastsDelivered == null) {
                broadcastsDelivered = new HashSet<>();
            }
        }
    }

    void onUnread() {
        queuedUnread++;
    }

    void onDropped(DropReason reason) {
        drops.merge(reason, 1L, Long::sum);
    }

    void onDelivered(PacketDelivered d) {
        delivered++;
        delayMs.addValue((d.time() - d.packet().sentAt()) / 1e6);
        long origin = d.packet().originId();
        if (broadcastsDelivered != null) {
            broadcastsDelivered.add(origin);
        }
        Long newest = newestDelivered.get(d.place());
        if (newest != null && origin < newest) {
            reordered++;
        } else {
            newestDelivered.put(d.place(), origin);
        }
    }
}
