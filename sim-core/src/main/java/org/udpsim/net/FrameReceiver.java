package org.udpsim.net;

import org.udpsim.packet.Packet;

/** What an interface does with a packet that arrived from its channel: usually the node's IP input. */
@FunctionalInterface
public interface FrameReceiver {
    void receive(Packet packet, NetInterface in);
}
