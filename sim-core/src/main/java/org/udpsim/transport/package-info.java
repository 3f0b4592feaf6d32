/**
 * What UDP and TCP share: the binding rules and ephemeral ports of a node ({@link org.udpsim.transport.PortTable})
 * and the failures a socket reports. The protocols themselves are in {@code transport.udp} and
 * {@code transport.tcp}. It may use net and packet.
 */
package org.udpsim.transport;
