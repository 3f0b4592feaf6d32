package org.udpsim.packet;

import java.util.Arrays;

/**
 * An IPv4 packet as it crosses the network: its wire bytes (a real 20-byte IPv4 header with a computed header
 * checksum, then the transport header and payload) plus the simulation's bookkeeping.
 *
 * <p>A packet is immutable. Whatever changes it on the way (a router decrementing the TTL, a corrupted bit, a
 * duplicate) makes a new packet: a changed packet keeps its {@link #id()}; a duplicate gets a new id and keeps the
 * {@link #originId()} of the datagram it copies. A receiver verifies the checksums against the bytes, so a corrupted
 * packet is caught exactly where a real stack would catch it. Every packet also remembers {@link #asSent() the
 * packet its sender handed to IP}: what identifies its flow and addressed its frames, whatever was flipped on the
 * way.
 */
public final class Packet {
    public static final int IPV4_HEADER_BYTES = 20;
    public static final int UDP_HEADER_BYTES = 8;
    public static final int PROTOCOL_ICMP = 1;
    public static final int PROTOCOL_TCP = 6;
    public static final int PROTOCOL_UDP = 17;
    public static final int DEFAULT_TTL = 64;
    /** The largest IPv4 datagram. */
    public static final int MAX_TOTAL_LENGTH = 65535;
    /** The largest UDP payload: 65535 − 20 (IPv4) − 8 (UDP). */
    public static final int MAX_UDP_PAYLOAD = MAX_TOTAL_LENGTH - IPV4_HEADER_BYTES - UDP_HEADER_BYTES;

    private final long id;
    private final long originId;
    private final long sentAt;
    private final byte[] wire;
    private final Packet asSent;

    private Packet(long id, long originId, long sentAt, byte[] wire, Packet asSent) {
        this.id = id;
        this.originId = originId;
        this.sentAt = sentAt;
        this.wire = wire;
        this.asSent = asSent == null ? this : asSent;
    }

    /**
     * A new UDP datagram in an IPv4 packet, with both checksums computed.
     *
     * @param id the packet's unique id in this simulation
     * @param sentAt the simulated time it is sent, in ns
     * @param identification the IPv4 identification field (the sender's counter)
     */
    public static Packet udp(long id, long sentAt, Ipv4Address src, int srcPort, Ipv4Address dst, int dstPort,
            byte[] payload, int ttl, int identification) {
        checkPort("source port", srcPort);
        checkPort("destination port", dstPort);
        if (payload.length > MAX_UDP_PAYLOAD) {
            throw new IllegalArgumentException(
                    "a UDP payload can hold at most " + MAX_UDP_PAYLOAD + " bytes, was " + payload.length);
        }
        int udpLength = UDP_HEADER_BYTES + payload.length;
        byte[] w = new byte[IPV4_HEADER_BYTES + udpLength];
        putShort(w, IPV4_HEADER_BYTES, srcPort);
        putShort(w, IPV4_HEADER_BYTES + 2, dstPort);
        putShort(w, IPV4_HEADER_BYTES + 4, udpLength);
        System.arraycopy(payload, 0, w, IPV4_HEADER_BYTES + UDP_HEADER_BYTES, payload.length);
        int sum = transportChecksum(src.bits(), dst.bits(), PROTOCOL_UDP, w, IPV4_HEADER_BYTES, udpLength);
        putShort(w, IPV4_HEADER_BYTES + 6, sum == 0 ? 0xffff : sum);
        writeIpv4Header(w, PROTOCOL_UDP, src, dst, ttl, identification);
        return new Packet(id, id, sentAt, w, null);
    }

    /**
     * A new IPv4 packet around a transport segment whose own checksum the caller has already set.
     */
    public static Packet ipv4(long id, long sentAt, int protocol, Ipv4Address src, Ipv4Address dst, byte[] l4,
            int ttl, int identification) {
        int total = IPV4_HEADER_BYTES + l4.length;
        if (total > MAX_TOTAL_LENGTH) {
            throw new IllegalArgumentException("an IPv4 packet holds at most " + MAX_TOTAL_LENGTH + " bytes, was " + total);
        }
        byte[] w = new byte[total];
        System.arraycopy(l4, 0, w, IPV4_HEADER_BYTES, l4.length);
        writeIpv4Header(w, protocol, src, dst, ttl, identification);
        return new Packet(id, id, sentAt, w, null);
    }

    /** Fills in the 20-byte IPv4 header of {@code w}, whose length is the packet's total length. */
    private static void writeIpv4Header(byte[] w, int protocol, Ipv4Address src, Ipv4Address dst, int ttl,
            int identification) {
        if (ttl < 1 || ttl > 255) {
            throw new IllegalArgumentException("TTL must be 1-255, was " + ttl);
        }
        w[0] = 0x45; // version 4, header length 5 words
        putShort(w, 2, w.length);
        putShort(w, 4, identification & 0xffff);
        w[8] = (byte) ttl;
        w[9] = (byte) protocol;
        putInt(w, 12, src.bits());
        putInt(w, 16, dst.bits());
        putShort(w, 10, InternetChecksum.of(w, 0, IPV4_HEADER_BYTES));
    }

    /** The transport checksum over the IPv4 pseudo-header and {@code length} bytes of the segment. */
    public static int transportChecksum(Ipv4Address src, Ipv4Address dst, int protocol, byte[] segment, int offset,
            int length) {
        return transportChecksum(src.bits(), dst.bits(), protocol, segment, offset, length);
    }

    private static int transportChecksum(int src, int dst, int protocol, byte[] segment, int offset, int length) {
        int sum = 0;
        sum += (src >>> 16) + (src & 0xffff);
        sum += (dst >>> 16) + (dst & 0xffff);
        sum += protocol;
        sum += length;
        return InternetChecksum.finish(InternetChecksum.add(sum, segment, offset, length));
    }

    /** The unique id of this packet in its simulation. */
    public long id() {
        return id;
    }

    /**
     * The packet as its sender handed it to IP: the same packet for one that nothing has changed; for one changed
     * on the way (a router's TTL, a bit flipped by netem's {@code corrupt}) or copied, the header its sender wrote.
     * Its addresses and ports say which flow the packet belongs to, and its destination is what the sender's frame
     * was addressed to: a link layer resolves the next hop before a qdisc can flip a bit of the IP header, so a
     * damaged destination address does not send the frame elsewhere.
     */
    public Packet asSent() {
        return asSent;
    }

    /** The id of the datagram this one was copied from; its own id if it is not a copy. */
    public long originId() {
        return originId;
    }

    /** True if this packet is a copy made on the way (a netem duplicate or one copy of a broadcast). */
    public boolean isCopy() {
        return id != originId;
    }

    /** The simulated time at which the original datagram was sent, in ns. */
    public long sentAt() {
        return sentAt;
    }

    /** Bytes on the wire at the IP layer: header plus everything it carries. */
    public int length() {
        return wire.length;
    }

    public int version() {
        return (wire[0] & 0xff) >>> 4;
    }

    public int headerLength() {
        return (wire[0] & 0x0f) * 4;
    }

    public int totalLength() {
        return getShort(wire, 2);
    }

    public int identification() {
        return getShort(wire, 4);
    }

    public int ttl() {
        return wire[8] & 0xff;
    }

    public int protocol() {
        return wire[9] & 0xff;
    }

    public int headerChecksum() {
        return getShort(wire, 10);
    }

    public Ipv4Address source() {
        return new Ipv4Address(getInt(wire, 12));
    }

    public Ipv4Address destination() {
        return new Ipv4Address(getInt(wire, 16));
    }

    /** The source address as raw bits, for hot paths that should not allocate. */
    public int sourceBits() {
        return getInt(wire, 12);
    }

    /** The destination address as raw bits, for hot paths that should not allocate. */
    public int destinationBits() {
        return getInt(wire, 16);
    }

    public boolean isUdp() {
        return protocol() == PROTOCOL_UDP;
    }

    /** The source port of a UDP or TCP packet. */
    public int sourcePort() {
        return getShort(wire, IPV4_HEADER_BYTES);
    }

    /** The destination port of a UDP or TCP packet. */
    public int destinationPort() {
        return getShort(wire, IPV4_HEADER_BYTES + 2);
    }

    /** The UDP length field: header plus payload. */
    public int udpLength() {
        return getShort(wire, IPV4_HEADER_BYTES + 4);
    }

    public int udpChecksum() {
        return getShort(wire, IPV4_HEADER_BYTES + 6);
    }

    /** The number of payload bytes after the UDP header. */
    public int udpPayloadLength() {
        return wire.length - IPV4_HEADER_BYTES - UDP_HEADER_BYTES;
    }

    /** A copy of the UDP payload. */
    public byte[] udpPayload() {
        return Arrays.copyOfRange(wire, IPV4_HEADER_BYTES + UDP_HEADER_BYTES, wire.length);
    }

    /** A copy of the bytes after the IPv4 header (the transport segment). */
    public byte[] segment() {
        return Arrays.copyOfRange(wire, IPV4_HEADER_BYTES, wire.length);
    }

    /** A copy of the whole packet as it is on the wire, for captures. */
    public byte[] wireBytes() {
        return wire.clone();
    }

    /** True if the IPv4 header is intact: version 4, 20 bytes, a matching length and checksum. */
    public boolean ipHeaderValid() {
        return version() == 4 && headerLength() == IPV4_HEADER_BYTES && totalLength() == wire.length
                && InternetChecksum.of(wire, 0, IPV4_HEADER_BYTES) == 0;
    }

    /** True if the UDP length and checksum match the bytes (a zero checksum means "not computed", as RFC 768 says). */
    public boolean udpChecksumValid() {
        int udpLen = wire.length - IPV4_HEADER_BYTES;
        if (udpLen < UDP_HEADER_BYTES || udpLength() != udpLen) {
            return false;
        }
        if (udpChecksum() == 0) {
            return true;
        }
        return transportChecksum(sourceBits(), destinationBits(), PROTOCOL_UDP, wire, IPV4_HEADER_BYTES, udpLen) == 0;
    }

    /**
     * The same packet one router hop later: TTL one less and the header checksum updated incrementally (RFC 1624).
     * Its TTL must be at least 2.
     */
    public Packet withTtlDecremented() {
        int ttl = ttl();
        if (ttl < 2) {
            throw new IllegalStateException("TTL " + ttl + " cannot be decremented and forwarded");
        }
        byte[] w = wire.clone();
        w[8] = (byte) (ttl - 1);
        // HC' = ~(~HC + ~m + m') with m the 16-bit word holding TTL and protocol (RFC 1624, eqn. 3)
        int oldWord = ((ttl & 0xff) << 8) | (w[9] & 0xff);
        int newWord = (((ttl - 1) & 0xff) << 8) | (w[9] & 0xff);
        int sum = (~headerChecksum() & 0xffff) + (~oldWord & 0xffff) + newWord;
        putShort(w, 10, InternetChecksum.finish(sum));
        return new Packet(id, originId, sentAt, w, asSent);
    }

    /** The same packet with one bit flipped, counting from the first bit of the IPv4 header. */
    public Packet withBitFlipped(int bitIndex) {
        if (bitIndex < 0 || bitIndex >= wire.length * 8) {
            throw new IllegalArgumentException("bit " + bitIndex + " is outside a " + wire.length + "-byte packet");
        }
        byte[] w = wire.clone();
        w[bitIndex >>> 3] ^= (byte) (0x80 >>> (bitIndex & 7));
        return new Packet(id, originId, sentAt, w, asSent);
    }

    /** An identical copy under a new id, keeping this packet's origin (a duplicate, or one copy of a broadcast). */
    public Packet copyAs(long newId) {
        return new Packet(newId, originId, sentAt, wire, asSent);
    }

    @Override
    public String toString() {
        String proto = Protocol.name(protocol());
        boolean ports = Protocol.hasPorts(protocol());
        return "#" + id + " " + proto + " " + source() + (ports ? ":" + sourcePort() : "") + " > " + destination()
                + (ports ? ":" + destinationPort() : "") + " len " + wire.length;
    }

    static int getShort(byte[] b, int off) {
        return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
    }

    static int getInt(byte[] b, int off) {
        return ((b[off] & 0xff) << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff);
    }

    static void putShort(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    private static void checkPort(String what, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(what + " must be 0-65535, was " + port);
        }
    }
}
