package org.udpsim.reports.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.FlowKey;
import org.udpsim.trace.FlowStatistics;
import org.udpsim.trace.FlowStats;

/** Builds a {@link RunSummary} from a run's flow statistics and what its boards did. */
public final class SummaryBuilder {
    private SummaryBuilder() {
    }

    /**
     * @param names the node name of each address, to show {@code client:50544} rather than an address
     */
    public static RunSummary build(String scenario, long seed, double durationSeconds, FlowStatistics stats,
            Map<Ipv4Address, String> names, List<BoardSummary> boards) {
        List<FlowSummary> flows = new ArrayList<>();
        Map<String, Long> drops = new LinkedHashMap<>();
        for (DropReason r : DropReason.values()) {
            long n = 0;
            for (FlowStats f : stats.flows()) {
                n += f.dropped(r);
            }
            if (n > 0) {
                drops.put(r.label(), n);
            }
        }
        for (FlowStats f : stats.flows()) {
            flows.add(flow(f, names));
        }
        flows.sort(java.util.Comparator.comparing(FlowSummary::protocol).thenComparing(FlowSummary::src,
                NaturalOrder.INSTANCE).thenComparing(FlowSummary::dst, NaturalOrder.INSTANCE));
        return new RunSummary(scenario, seed, durationSeconds, flows, drops, stats.dropsByPlaceAndReason(), boards);
    }

    private static FlowSummary flow(FlowStats f, Map<Ipv4Address, String> names) {
        FlowKey k = f.key();
        boolean ports = org.udpsim.packet.Protocol.hasPorts(k.protocol());
        String srcName = names.getOrDefault(k.source(), k.source().toString());
        String src = ports ? srcName + ":" + k.sourcePort() : srcName;
        String dst = ports ? k.destination() + ":" + k.destinationPort() : k.destination().toString();
        Map<String, Long> byReason = new LinkedHashMap<>();
        f.dropsByReason().forEach((r, n) -> byReason.put(r.label(), n));
        DescriptiveStatistics d = f.delayMillis();
        FlowSummary.DelaySummary delay = d.getN() == 0 ? null
                : new FlowSummary.DelaySummary(d.getMin(), d.getPercentile(50), d.getMax());
        Long unread = k.protocol() == org.udpsim.packet.Packet.PROTOCOL_UDP ? f.queuedUnread() : null;
        if (f.isBroadcast()) {
            long nobody = f.dropped(DropReason.NO_LISTENER);
            FlowSummary.Broadcast b = new FlowSummary.Broadcast(f.sent() + f.broadcastCopies(), f.delivered(),
                    f.dropped() - nobody, nobody, f.inFlight(), byReason);
            return new FlowSummary(k.protocolName(), src, dst, f.sent(), f.datagramsDelivered(),
                    f.lost(), f.duplicated(), f.reordered(), Map.of(), delay, b, f.inFlight(), unread);
        }
        return new FlowSummary(k.protocolName(), src, dst, f.sent(), f.delivered(), f.dropped(), f.duplicated(),
                f.reordered(), byReason, delay, null, f.inFlight(), unread);
    }
}
