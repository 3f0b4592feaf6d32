package org.udpsim.transport.tcp;

import java.util.Arrays;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;

/**
 * The header of a TCP segment as its bytes carry it (RFC 9293 section 3.1): ports, sequence and acknowledgement
 * numbers, data offset, flags, window, checksum, urgent pointer, and the MSS option of a SYN. Captures and reports
 * read segments with {@link #parse(Packet)}.
 *
 * @param sequence the sequence number, as a signed int holding the unsigned 32-bit value
 * @param acknowledgement the acknowledgement number, likewise
 * @param dataOffset the header length in 32-bit words (5 without options)
 * @param flags the flag bits, {@link #FIN} to {@link #URG}
 * @param mss the MSS option's value, or -1 if the segment carries none
 * @param payloadLength the number of data bytes after the header
 */
public record TcpHeader(int sourcePort, int destinationPort, int sequence, int acknowledgement, int dataOffset,
        int flags, int window, int checksum, int urgentPointer, int mss, int payloadLength) {
    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int URG = 0x20;
    /** A header without options. */
    public static final int MIN_BYTES = 20;

    private static final int OPTION_END = 0;
    private static final int OPTION_NOP = 1;
    private static final int OPTION_MSS = 2;
    private static final String[] FLAG_NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG"};

    /**
     * Reads the TCP header of a packet.
     *
     * @throws IllegalArgumentException if the packet is not TCP or its header is cut short or malformed
     */
    public static TcpHeader parse(Packet p) {
        if (p.protocol() != Packet.PROTOCOL_TCP) {
            throw new IllegalArgumentException("packet " + p + " is not TCP");
        }
        return parse(p.segment());
    }

    /**
     * Reads a TCP header from a segment's bytes (what follows the IPv4 header).
     *
     * @throws IllegalArgumentException if the header is cut short or malformed
     */
    public static TcpHeader parse(byte[] s) {
        if (s.length < MIN_BYTES) {
            throw new IllegalArgumentException("a TCP header needs " + MIN_BYTES + " bytes, the segment has " + s.length);
        }
        int offset = (s[12] & 0xff) >>> 4;
        if (offset < 5 || offset * 4 > s.length) {
            throw new IllegalArgumentException("TCP data offset " + offset + " does not fit a " + s.length
                    + "-byte segment");
        }
        int mss = -1;
        int i = MIN_BYTES;
        int end = offset * 4;
        while (i < end) {
            int kind = s[i] & 0xff;
            if (kind == OPTION_END) {
                break;
            }
            if (kind == OPTION_NOP) {
                i++;
                continue;
            }
            if (i + 1 >= end || (s[i + 1] & 0xff) < 2 || i + (s[i + 1] & 0xff) > end) {
                throw new IllegalArgumentException("TCP option " + kind + " at byte " + i + " overruns the header");
            }
            if (kind == OPTION_MSS && (s[i + 1] & 0xff) == 4) {
                mss = short16(s, i + 2);
            }
            i += s[i + 1] & 0xff;
        }
        return new TcpHeader(short16(s, 0), short16(s, 2), int32(s, 4), int32(s, 8), offset, s[13] & 0x3f,
                short16(s, 14), short16(s, 16), short16(s, 18), mss, s.length - end);
    }

    /** True if the packet's TCP checksum over the pseudo-header and segment matches its bytes. */
    public static boolean checksumValid(Packet p) {
        byte[] s = p.segment();
        return s.length >= MIN_BYTES
                && Packet.transportChecksum(p.source(), p.destination(), Packet.PROTOCOL_TCP, s, 0, s.length) == 0;
    }

    /** A copy of the data bytes a TCP packet carries. */
    public static byte[] payload(Packet p) {
        byte[] s = p.segment();
        int offset = ((s[12] & 0xff) >>> 4) * 4;
        return Arrays.copyOfRange(s, offset, s.length);
    }

    /** True if every bit of {@code flag} is set. */
    public boolean has(int flag) {
        return (flags & flag) == flag;
    }

    /** The sequence number as the unsigned value it is. */
    public long sequenceUnsigned() {
        return sequence & 0xffffffffL;
    }

    /** The acknowledgement number as the unsigned value it is. */
    public long acknowledgementUnsigned() {
        return acknowledgement & 0xffffffffL;
    }

    /** The sequence space the segment occupies: its data, plus one for a SYN and one for a FIN. */
    public int segmentLength() {
        return payloadLength + (has(SYN) ? 1 : 0) + (has(FIN) ? 1 : 0);
    }

    /** The flags set, in bit order, joined by {@code |}, e.g. {@code SYN|ACK}; empty if none. */
    public String flagNames() {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < FLAG_NAMES.length; b++) {
            if ((flags & (1 << b)) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(FLAG_NAMES[b]);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return sourcePort + " > " + destinationPort + " [" + flagNames() + "] seq " + sequenceUnsigned() + " ack "
                + acknowledgementUnsigned() + " win " + window + (mss >= 0 ? " mss " + mss : "") + " len "
                + payloadLength;
    }

    /**
     * The bytes of a segment with its checksum filled in for the pseudo-header of {@code src} and {@code dst}.
     *
     * @param mssOption the MSS to announce, or -1 for no option
     */
    static byte[] encode(Ipv4Address src, int srcPort, Ipv4Address dst, int dstPort, int seq, int ack, int flags,
            int window, int mssOption, byte[] data, int dataOffset, int dataLength) {
        int headerBytes = MIN_BYTES + (mssOption >= 0 ? 4 : 0);
        byte[] s = new byte[headerBytes + dataLength];
        putShort(s, 0, srcPort);
        putShort(s, 2, dstPort);
        putInt(s, 4, seq);
        putInt(s, 8, ack);
        s[12] = (byte) ((headerBytes / 4) << 4);
        s[13] = (byte) flags;
        putShort(s, 14, window);
        if (mssOption >= 0) {
            s[20] = OPTION_MSS;
            s[21] = 4;
            putShort(s, 22, mssOption);
        }
        if (dataLength > 0) {
            System.arraycopy(data, dataOffset, s, headerBytes, dataLength);
        }
        putShort(s, 16, Packet.transportChecksum(src, dst, Packet.PROTOCOL_TCP, s, 0, s.length));
        return s;
    }

    private static int short16(byte[] b, int off) {
        return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
    }

    private static int int32(byte[] b, int off) {
        return (short16(b, off) << 16) | short16(b, off + 2);
    }

    private static void putShort(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    private static void putInt(byte[] b, int off, int v) {
        putShort(b, off, v >>> 16);
        putShort(b, off + 2, v);
    }
}
