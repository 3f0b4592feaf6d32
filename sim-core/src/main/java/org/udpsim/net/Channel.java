package org.udpsim.net;

import org.udpsim.packet.Packet;

/**
 * A medium interfaces are attached to: a point-to-point link or a WiFi access point's radio. The sending interface
 * hands it a packet and the address of the next hop on that medium ({@link org.udpsim.packet.Ipv4Address#BROADCAST}
 * bits for a broadcast); the channel decides who gets it, when, and whether it arrives at all.
 */
public interface Channel {
    void transmit(NetInterface from, Packet packet, int nextHopBits);
}
