/**
 * Everything a run shows is a typed record with its simulated time: a packet sent, enqueued, forwarded, copied,
 * corrupted, reordered, dropped (with its reason and place) or delivered; radio attempts; TCP state, retransmissions
 * and window; a board's printed line, OLED frame, button press and release, and end; a message sent and received. {@link
 * org.udpsim.trace.Trace} hands each record to its listeners as it happens and keeps none; {@link
 * org.udpsim.trace.JsonLinesTraceWriter} writes {@code trace.jsonl}; {@link org.udpsim.trace.FlowStatistics} counts
 * every flow's packets (sent + copies = delivered + dropped + in flight; a broadcast's datagrams apart from its
 * copies). Models fire records and never print. It may use kernel, packet and board.oled (a frame's picture).
 */
package org.udpsim.trace;
