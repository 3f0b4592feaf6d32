/**
 * The network as ns-3 draws it: a {@link org.udpsim.net.Network} of nodes (hosts and routers) with interfaces,
 * point-to-point links with a rate, a propagation delay, a drop-tail queue and netem impairments per direction,
 * routing by longest prefix ({@link org.udpsim.net.RoutingTable}), and ICMP port unreachable. Each step of a
 * packet's way fires its trace record. It may use kernel, packet, trace and impairments.
 */
package org.udpsim.net;
