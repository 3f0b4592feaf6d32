package org.udpsim.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.udpsim.kernel.SimTime;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.FlowKey;
import org.udpsim.trace.FlowStats;

/**
 * The figures of every flow of one protocol in a run, added up: {@code flow('udp')}. Counts are packets; shares are
 * between 0 and 1; times are in milliseconds after the protocol's first packet was sent ({@code first_delivery_ms}
 * waits for the first packet that carries data, so TCP's handshake counts in it). A figure that cannot be
 * computed (no packet delivered) is NaN, which no comparison accepts.
 */
public final class ProtocolFacts extends Figures {
    private final List<FlowStats> flows = new ArrayList<>();
    private final Map<FlowKey, List<Long>> sentByFlow = new TreeMap<>();
    private final Set<Long> lostOriginals = new HashSet<>();
    private long firstSent = -1;
    private long firstDelivered = -1;

    ProtocolFacts(String protocol) {
        super("flow('" + protocol + "')", "lost_by('reason')");
        figure("sent", this::sent);
        figure("delivered", this::delivered);
        figure("lost", () -> sum(FlowStats::lost));
        figure("duplicated", () -> sum(FlowStats::duplicated));
        figure("reordered", () -> sum(FlowStats::reordered));
        figure("delivered_share", () -> sent() == 0 ? Double.NaN : delivered() / (double) sent());
        figure("in_order_share", () -> delivered() == 0 ? Double.NaN
                : (delivered() - sum(FlowStats::reordered)) / (double) delivered());
        figure("first_delivery_ms", () -> firstDelivered < 0 ? Double.NaN
                : SimTime.toMillis(firstDelivered - firstSent));
        figure("delay_ms_min", () -> delays().getN() == 0 ? Double.NaN : delays().getMin());
        figure("delay_ms_median", () -> delays().getN() == 0 ? Double.NaN : delays().getPercentile(50));
        figure("delay_ms_mean", () -> delays().getN() == 0 ? Double.NaN : delays().getMean());
        figure("delay_ms_max", () -> delays().getN() == 0 ? Double.NaN : delays().getMax());
        figure("in_flight", () -> sum(FlowStats::inFlight));
        figure("queued_unread", () -> sum(FlowStats::queuedUnread));
        figure("flows", () -> (long) flows.size());
        figure("loss_bursts", () -> (long) lossBursts());
        figure("mean_loss_burst", () -> lossBursts() == 0 ? Double.NaN
                : lostOriginals.size() / (double) lossBursts());
    }

    /** Runs of consecutive lost datagrams within a flow, in sending order. */
    private int lossBursts() {
        int runs = 0;
        for (List<Long> ids : sentByFlow.values()) {
            boolean inRun = false;
            for (long id : ids) {
                boolean lost = lostOriginals.contains(id);
                if (lost && !inRun) {
                    runs++;
                }
                inRun = lost;
            }
        }
        return runs;
    }

    void sentOriginal(FlowKey flow, long id) {
        sentByFlow.computeIfAbsent(flow, k -> new ArrayList<>()).add(id);
    }

    void lostOriginal(long id) {
        lostOriginals.add(id);
    }

    /** Drops of this protocol's packets for one reason, e.g. {@code flow('udp').lost_by('socket_queue_full')}. */
    public long lost_by(String reason) {
        DropReason r = RunFacts.reason(reason);
        return sum(f -> f.dropped(r));
    }

    void add(FlowStats f) {
        flows.add(f);
    }

    void sentAt(long t) {
        if (firstSent < 0) {
            firstSent = t;
        }
    }

    void deliveredAt(long t) {
        if (firstDelivered < 0) {
            firstDelivered = t;
        }
    }

    private long sent() {
        return sum(FlowStats::sent);
    }

    private long delivered() {
        return sum(FlowStats::datagramsDelivered);
    }

    private DescriptiveStatistics delays() {
        DescriptiveStatistics all = new DescriptiveStatistics();
        for (FlowStats f : flows) {
            for (double v : f.delayMillis().getValues()) {
                all.addValue(v);
            }
        }
        return all;
    }

    private long sum(ToLongFunction<FlowStats> figure) {
        long n = 0;
        for (FlowStats f : flows) {
            n += figure.applyAsLong(f);
        }
        return n;
    }
}
