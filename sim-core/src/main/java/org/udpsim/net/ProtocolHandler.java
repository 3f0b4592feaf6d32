package org.udpsim.net;

import org.udpsim.packet.Packet;

/** A transport protocol of a node (UDP, TCP, ICMP): takes the packets addressed to the node that carry it. */
@FunctionalInterface
public interface ProtocolHandler {
    void receive(Packet packet, NetInterface in);
}
