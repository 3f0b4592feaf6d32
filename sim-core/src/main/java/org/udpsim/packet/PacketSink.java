package org.udpsim.packet;

import java.util.function.Consumer;

/** Where a stage of the network hands a packet on: the next queue, hop, impairment or node. */
@FunctionalInterface
public interface PacketSink extends Consumer<Packet> {
    @Override
    void accept(Packet packet);
}
