/**
 * Packets as bytes on the wire: IPv4 addresses and prefixes, and {@link org.udpsim.packet.Packet}, the real IPv4
 * header with its UDP, TCP or ICMP payload, checksums computed when it is made and verified where it is received, a
 * copy remembering the packet it copies. Captures write these bytes as they are. It depends on nothing of udpsim.
 */
package org.udpsim.packet;
