package org.udpsim.packet;

/** Where a stage of the network hands a packet on: the next queue, hop, impairment or node. */
@FunctionalInterface
public interface PacketSink {
    void accept(Packet packet);
}
