package org.udpsim.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-flow statistics computed from trace records as they happen: add it as a listener to a run's {@link Trace}.
 * Flows are listed in a fixed order (protocol, source, destination), whatever order they appeared in.
 */
public final class FlowStatistics implements TraceListener {
    private final Map<FlowKey, FlowStats> flows = new TreeMap<>();
    private final Map<String, Long> dropsByPlaceAndReason = new TreeMap<>();

    @Override
    public void onRecord(TraceRecord record) {
        if (record instanceof PacketSent s) {
            flow(s.packet()).onSent();
        } else if (record instanceof PacketDelivered d) {
            flow(d.packet()).onDelivered(d);
        } else if (record instanceof PacketDropped d) {
            flow(d.packet()).onDropped(d.reason());
            dropsByPlaceAndReason.merge(d.place() + " " + d.reason().label(), 1L, Long::sum);
        } else if (record instanceof PacketCopied c) {
            flow(c.packet()).onCopied(c.reason());
        } else if (record instanceof PacketUnread u) {
            flow(u.packet()).onUnread();
        }
    }

    /** The statistics of every flow seen, in a fixed order. */
    public List<FlowStats> flows() {
        return new ArrayList<>(flows.values());
    }

    /** The flow with this key, or null if no packet of it was seen. */
    public FlowStats flow(FlowKey key) {
        return flows.get(key);
    }

    /** Drop counts keyed by {@code "<place> <reason>"}, sorted. */
    public Map<String, Long> dropsByPlaceAndReason() {
        return new TreeMap<>(dropsByPlaceAndReason);
    }

    private FlowStats flow(org.udpsim.packet.Packet p) {
        return flows.computeIfAbsent(FlowKey.of(p), FlowStats::new);
    }
}
