/**
 * UDP: a node's {@link org.udpsim.transport.udp.UdpLayer} demultiplexes datagrams to its sockets; a
 * {@link org.udpsim.transport.udp.UdpSocket} has a receive queue with a limit (6 datagrams on the board), truncates
 * a datagram larger than the read, and follows lwIP's rules for broadcasts to a socket bound to the node's own
 * address. A datagram nobody listens for is dropped as {@code no_listener} and answered by ICMP. It may use kernel,
 * net, packet, trace and transport.
 */
package org.udpsim.transport.udp;
