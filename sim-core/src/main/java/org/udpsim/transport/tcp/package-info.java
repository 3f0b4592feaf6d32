/**
 * TCP beside UDP: connections with a three-way handshake, sequence and acknowledgement numbers, retransmission,
 * flow and congestion control, and teardown, carried in real segment bytes so captures show them as they are.
 *
 * <p>{@link org.udpsim.transport.tcp.TcpLayer} is a node's TCP and {@link org.udpsim.transport.tcp.TcpSocket} its
 * sockets; {@link org.udpsim.transport.tcp.TcpConfig} holds where stacks differ, with a Linux preset and the board's
 * lwIP preset. The algorithms follow RFC 9293 (state machine, segment arrival, window), RFC 6298 (retransmission
 * timer, Karn's rule, backoff), RFC 5681 (slow start, congestion avoidance, fast retransmit and Reno fast recovery,
 * delayed ACK) and RFC 1122 (receiver SWS avoidance); each class names the sections it follows.
 *
 * <p>Every state change is traced as {@link org.udpsim.trace.TcpStateChanged}, every retransmission as
 * {@link org.udpsim.trace.TcpRetransmitted}, every congestion window change as
 * {@link org.udpsim.trace.TcpCwndChanged}; each segment is a packet traced as sent and then delivered (taken by TCP)
 * or dropped, so flow conservation holds.
 *
 * <p>Not modelled: Nagle's algorithm (segments go out at once, as with TCP_NODELAY), sender-side silly window
 * avoidance, window scaling, timestamps, SACK, keepalive, urgent data, simultaneous open, limited transmit, NewReno
 * partial acknowledgements, and the phase of lwIP's 250/500 ms timer ticks (its timeouts are exact here).
 */
package org.udpsim.transport.tcp;
