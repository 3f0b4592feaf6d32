package org.udpsim.check;

import org.udpsim.reports.summary.StreamSummary;

/**
 * A message stream's figures as its applications saw them: {@code messages('tcp')}. Counts are messages (not
 * packets); shares are between 0 and 1; times in milliseconds; {@code segments_*} count the packets the transport
 * sent for it, by purpose. A figure with nothing to measure is NaN (no stream: every count is 0).
 */
public final class MessageFacts extends Figures {
    MessageFacts(String protocol, StreamSummary s) {
        super("messages('" + protocol + "')", "");
        figure("sent", () -> s == null ? 0L : s.sent());
        figure("delivered", () -> s == null ? 0L : s.delivered());
        figure("lost", () -> s == null ? 0L : s.sent() - s.delivered());
        figure("duplicated", () -> s == null ? 0L : s.duplicated());
        figure("reordered", () -> s == null ? 0L : s.reordered());
        figure("delivered_share", () -> s == null ? Double.NaN : s.deliveredShare());
        figure("in_order_share", () -> s == null ? Double.NaN : s.inOrderShare());
        figure("first_delivery_ms", () -> s == null ? Double.NaN : s.firstDeliveryMs());
        figure("delay_ms_min", () -> s == null || s.delayMs() == null ? Double.NaN : s.delayMs().min());
        figure("delay_ms_median", () -> s == null || s.delayMs() == null ? Double.NaN : s.delayMs().median());
        figure("delay_ms_max", () -> s == null || s.delayMs() == null ? Double.NaN : s.delayMs().max());
        figure("segments_data", () -> s == null ? 0L : s.segments().data());
        figure("segments_handshake", () -> s == null ? 0L : s.segments().handshake());
        figure("segments_acks", () -> s == null ? 0L : s.segments().acks());
        figure("segments_retransmissions", () -> s == null ? 0L : s.segments().retransmissions());
        figure("segments_teardown", () -> s == null ? 0L : s.segments().teardown());
        figure("segments_total", () -> s == null ? 0L : s.segments().total());
    }
}
