package org.udpsim.impairments;

/**
 * netem's {@code rate RATE [PACKETOVERHEAD [CELLSIZE [CELLOVERHEAD]]]}: the link's speed, so each packet occupies
 * the link for its length divided by the rate, after the packet before it (tc-netem(8)).
 *
 * <p>A packet's size is its IP length plus {@code packetOverhead} bytes (negative to strip); with a cell size, it
 * is rounded up to whole cells of {@code cellSize + cellOverhead} bytes (ATM: 48 and 5), as packet_time_ns() in
 * sch_netem.c counts. netem on an Ethernet device also counts the 14-byte Ethernet header; write
 * {@code rate 1mbit 14} to count it here.
 *
 * @param bitsPerSecond the speed; 0 for no rate limit
 * @param packetOverhead bytes added to each packet, may be negative
 * @param cellSize bytes per cell, 0 for no cells
 * @param cellOverhead bytes added to each cell, may be negative
 */
public record Rate(long bitsPerSecond, int packetOverhead, int cellSize, int cellOverhead) {
    /** No rate limit. */
    public static final Rate NONE = new Rate(0, 0, 0, 0);

    public Rate {
        Checks.atLeast("rate", 0, bitsPerSecond);
        Checks.atLeast("rate cellsize", 0, cellSize);
        if (bitsPerSecond == 0 && (packetOverhead != 0 || cellSize != 0 || cellOverhead != 0)) {
            throw new NetemException("rate", "rate overheads need a rate, e.g. \"rate 1mbit 14\"");
        }
    }

    /** A plain rate without overheads. */
    public static Rate of(long bitsPerSecond) {
        return new Rate(bitsPerSecond, 0, 0, 0);
    }

    public boolean isNone() {
        return bitsPerSecond == 0;
    }

    /**
     * How long a packet of {@code length} IP bytes occupies the link, in nanoseconds, rounded down as netem does.
     */
    public long transmissionNanos(int length) {
        long bytes = (long) length + packetOverhead;
        if (cellSize > 0) {
            long cells = (bytes + cellSize - 1) / cellSize;
            bytes = cells * (cellSize + cellOverhead);
        }
        if (bytes <= 0) {
            return 0;
        }
        if (bytes < 1_000_000_000L) {
            return bytes * 8_000_000_000L / bitsPerSecond;
        }
        return (long) (bytes * 8e9 / bitsPerSecond);
    }

    /** In netem syntax, e.g. {@code rate 1mbit} or {@code rate 5kbit 20 100 5}; empty if none. */
    public String toNetem() {
        if (isNone()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("rate ").append(NetemFormat.rate(bitsPerSecond));
        if (packetOverhead != 0 || cellSize != 0 || cellOverhead != 0) {
            sb.append(' ').append(packetOverhead);
            if (cellSize != 0 || cellOverhead != 0) {
                sb.append(' ').append(cellSize);
                if (cellOverhead != 0) {
                    sb.append(' ').append(cellOverhead);
                }
            }
        }
        return sb.toString();
    }
}
