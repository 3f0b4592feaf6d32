package org.udpsim.reports.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One packet's way through a run, as its trace records tell it: where and when it started, the nodes that passed it
 * on, and how it ended (delivered at a node, dropped at a node or on a hop, or still on its way when the run ended).
 * A copy (a netem duplicate, one receiver's copy of a broadcast) is a trip of its own that starts where it was made.
 */
public final class PacketTrip {
    /** How a trip ended. */
    public enum End { DELIVERED, DROPPED, IN_FLIGHT }

    /** A node that passed the packet on, and when. */
    public record Step(long time, String place) {
    }

    private final long id;
    private final long origin;
    private final String protocol;
    private final String src;
    private final String dst;
    private final int length;
    private final long sentAt;
    private final String sender;
    private final long startTime;
    private final String startPlace;
    private final List<Step> steps = new ArrayList<>();
    private TcpSegment tcp;
    private byte[] bytes;
    private End end = End.IN_FLIGHT;
    private long endTime;
    private String endPlace;
    private String reason;

    PacketTrip(long id, long origin, String protocol, String src, String dst, int length, long sentAt, String sender,
            long startTime, String startPlace) {
        this.id = id;
        this.origin = origin;
        this.protocol = protocol;
        this.src = src;
        this.dst = dst;
        this.length = length;
        this.sentAt = sentAt;
        this.sender = sender;
        this.startTime = startTime;
        this.startPlace = startPlace;
    }

    /** A copy of this trip's packet, made at {@code place} at {@code time}, under {@code copyId}. */
    PacketTrip copy(long copyId, long time, String place) {
        PacketTrip c = new PacketTrip(copyId, origin, protocol, src, dst, length, sentAt, sender, time, place);
        c.tcp = tcp;
        c.bytes = bytes;
        return c;
    }

    void step(long time, String place) {
        steps.add(new Step(time, place));
    }

    void end(End how, long time, String place, String why) {
        end = how;
        endTime = time;
        endPlace = place;
        reason = why;
    }

    void tcp(TcpSegment segment) {
        tcp = segment;
    }

    void bytes(byte[] ip) {
        bytes = ip;
    }

    /**
     * The IPv4 packet as its sender captured it (a copy shares its original's), or null unless the trace was read
     * with its packet bytes ({@link RunFolder#read(Path, boolean)}).
     */
    public byte[] bytes() {
        return bytes == null ? null : bytes.clone();
    }

    public long id() {
        return id;
    }

    /** The id of the datagram this one copies; its own id if it is no copy. */
    public long origin() {
        return origin;
    }

    public boolean isCopy() {
        return id != origin;
    }

    /** {@code udp}, {@code tcp}, {@code icmp}. */
    public String protocol() {
        return protocol;
    }

    /** The source, {@code address:port}. */
    public String src() {
        return src;
    }

    /** The destination, {@code address:port}. */
    public String dst() {
        return dst;
    }

    /** Bytes at the IP layer. */
    public int length() {
        return length;
    }

    /** When the original packet was sent, ns. */
    public long sentAt() {
        return sentAt;
    }

    /** The node that sent the original packet. */
    public String sender() {
        return sender;
    }

    /** When this trip started: {@link #sentAt()}, or when the copy was made. */
    public long startTime() {
        return startTime;
    }

    /** Where this trip started: the sender, or the node or hop where the copy was made. */
    public String startPlace() {
        return startPlace;
    }

    /** The nodes that passed it on, in order. */
    public List<Step> steps() {
        return steps;
    }

    /** The TCP header, or null for a packet that is not TCP (or whose bytes were not read). */
    public TcpSegment tcp() {
        return tcp;
    }

    public End end() {
        return end;
    }

    /** When it was delivered or dropped; meaningless while in flight. */
    public long endTime() {
        return endTime;
    }

    /** The node it was delivered to, or the node or hop ({@code a->b}) where it was dropped; null in flight. */
    public String endPlace() {
        return endPlace;
    }

    /** Why it was dropped ({@code radio}), null otherwise. */
    public String reason() {
        return reason;
    }

    /** The one-way delay of a delivered packet, ns. */
    public long delay() {
        return endTime - sentAt;
    }

    /** The flow, as {@code protocol src > dst}. */
    public String flow() {
        return protocol + " " + src + " > " + dst;
    }
}
