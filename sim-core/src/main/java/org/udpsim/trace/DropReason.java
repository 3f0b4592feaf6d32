package org.udpsim.trace;

/** Why a packet was dropped. Each reason has a stable lower-case name used in traces and summaries. */
public enum DropReason {
    /** An impairment's loss model chose this packet (netem {@code loss}, or a scripted loss). */
    LOSS("loss"),
    /** Every radio attempt of a frame was lost: the retries of a unicast frame, or the single try of a broadcast. */
    RADIO("radio"),
    /** A link's drop-tail transmit queue (or the radio's) was full. */
    QUEUE_FULL("queue_full"),
    /** netem's {@code limit}: the hop's impairments already held as many packets as allowed. */
    NETEM_LIMIT("netem_limit"),
    /** The receiving socket's queue was full. */
    SOCKET_QUEUE_FULL("socket_queue_full"),
    /** The IPv4 header or transport checksum did not match the bytes (a corrupted packet). */
    CHECKSUM("checksum"),
    /** No route to the destination. */
    NO_ROUTE("no_route"),
    /** The TTL ran out at a router. */
    TTL_EXPIRED("ttl_expired"),
    /** Nobody listens on the destination port. */
    NO_LISTENER("no_listener"),
    /** The next hop is not on the link or radio network (no station with that address, or not associated). */
    HOST_UNREACHABLE("host_unreachable"),
    /** The receiver cannot take a datagram this large. */
    TOO_BIG("too_big");

    private final String label;

    DropReason(String label) {
        this.label = label;
    }

    /** The stable name used in traces and summaries, e.g. {@code socket_queue_full}. */
    public String label() {
        return label;
    }
}
