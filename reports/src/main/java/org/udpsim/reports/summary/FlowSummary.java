package org.udpsim.reports.summary;

import java.util.Map;

/**
 * One flow of a run as the summary shows it. Every figure counts datagrams (or segments) as sent, so
 * {@code delivered + lost <= sent} plus what is still on its way; a broadcast's copies, one per receiver,
 * are counted apart in {@link Broadcast}.
 *
 * @param protocol {@code udp}, {@code tcp} or {@code icmp}
 * @param src the sender, {@code node:port} (or the address when no node has it)
 * @param dst the destination, {@code address:port}
 * @param delivered packets a socket at their destination took (a netem duplicate counts again); of a broadcast,
 *     the datagrams that reached at least one listening socket
 * @param lost drops of this flow's packets, whatever the reason; of a broadcast, the datagrams no listening socket
 *     took
 * @param lostByReason the drops by reason label; empty for a broadcast (its copies' reasons are in
 *     {@link Broadcast#lostByReason})
 * @param delayMs one-way delay of delivered packets in ms, null when none was delivered
 * @param broadcast a broadcast's copies, null for a flow to one receiver
 * @param inFlight packets neither delivered nor dropped when the run ended, so that {@code sent + duplicated =
 *     delivered + lost + inFlight} for a flow to one receiver; of a broadcast, its copies' ({@link Broadcast#inFlight})
 * @param queuedUnread of the delivered datagrams, those the receiving program never read (still in its socket's
 *     queue at the end, or thrown away when it closed the socket); null for TCP and ICMP, which queue no datagrams
 */
public record FlowSummary(String protocol, String src, String dst, long sent, long delivered, long lost,
        long duplicated, long reordered, Map<String, Long> lostByReason, DelaySummary delayMs, Broadcast broadcast,
        long inFlight, Long queuedUnread) {

    /** Minimum, median and maximum one-way delay, in milliseconds. */
    public record DelaySummary(double min, double median, double max) {
    }

    /**
     * A broadcast's copies, one per node it was sent to (stations, the gateway): {@code copies = delivered + lostOnTheWay +
     * nobodyListening + inFlight}.
     *
     * @param copies the copies made, one per receiver
     * @param delivered copies a listening socket took
     * @param lostOnTheWay copies that died before reaching their receiver (radio, queues, checksums)
     * @param nobodyListening copies that reached a receiver where no socket was bound to the port
     * @param lostByReason the copies' drops by reason label, {@code no_listener} included
     */
    public record Broadcast(long copies, long delivered, long lostOnTheWay, long nobodyListening, long inFlight,
            Map<String, Long> lostByReason) {
    }
}
