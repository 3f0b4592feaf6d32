package org.udpsim.trace;

import org.udpsim.packet.Packet;

/** A trace record about one packet at one place (a node or a hop direction such as {@code client->router}). */
public interface PacketRecord extends TraceRecord {
    /** The node or hop where it happened. */
    String place();

    Packet packet();
}
