package org.udpsim.reports.summary;

import java.util.Map;

/**
 * One flow of a run as the summary shows it.
 *
 * @param protocol {@code udp}, {@code tcp} or {@code icmp}
 * @param src the sender, {@code node:port} (or the address when no node has it)
 * @param dst the destination, {@code address:port}
 * @param lost drops of this flow's packets, whatever the reason
 * @param lostByReason the drops by reason label
 * @param delayMs one-way delay of delivered packets in ms, null when none was delivered
 */
public record FlowSummary(String protocol, String src, String dst, long sent, long delivered, long lost,
        long duplicated, long reordered, Map<String, Long> lostByReason, DelaySummary delayMs) {

    /** Minimum, median and maximum one-way delay, in milliseconds. */
    public record DelaySummary(double min, double median, double max) {
    }
}
