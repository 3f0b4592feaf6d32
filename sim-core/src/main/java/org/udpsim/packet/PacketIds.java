package org.udpsim.packet;

/** Hands out packet ids 1, 2, 3, … within one simulation; ids never repeat, so a trace can follow each packet. */
public final class PacketIds {
    private long next = 1;

    public long next() {
        return next++;
    }

    /** How many ids have been handed out. */
    public long issued() {
        return next - 1;
    }
}
