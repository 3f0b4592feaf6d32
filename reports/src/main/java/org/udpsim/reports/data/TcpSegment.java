package org.udpsim.reports.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The TCP header fields a report shows, read straight from a packet's IPv4 bytes (RFC 793: flags at byte 13 of the
 * TCP header, sequence and acknowledgement numbers at bytes 4 and 8, the data offset in the high nibble of byte 12).
 *
 * @param flags the flag bits (FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10)
 * @param seq the sequence number, unsigned
 * @param ack the acknowledgement number, unsigned
 * @param payloadLength the bytes of data after the TCP header
 */
public record TcpSegment(int flags, long seq, long ack, int payloadLength) {
    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;

    /** Reads the TCP header of an IPv4 packet; null if the bytes are too short to hold one. */
    public static TcpSegment read(byte[] ip) {
        if (ip.length < 20) {
            return null;
        }
        int ihl = (ip[0] & 0x0f) * 4;
        if (ip.length < ihl + 20) {
            return null;
        }
        int dataOffset = ((ip[ihl + 12] & 0xff) >>> 4) * 4;
        int total = ((ip[2] & 0xff) << 8) | (ip[3] & 0xff);
        return new TcpSegment(ip[ihl + 13] & 0xff, u32(ip, ihl + 4), u32(ip, ihl + 8),
                Math.max(0, Math.min(total, ip.length) - ihl - dataOffset));
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** The sequence space the segment takes: its data, plus one each for SYN and FIN. */
    public long sequenceLength() {
        return payloadLength + (has(SYN) ? 1 : 0) + (has(FIN) ? 1 : 0);
    }

    /** A short name, as a ladder diagram labels it: {@code SYN}, {@code SYN-ACK}, {@code ACK}, {@code FIN-ACK}. */
    public String flagNames() {
        List<String> names = new ArrayList<>();
        if (has(RST)) {
            names.add("RST");
        }
        if (has(SYN)) {
            names.add("SYN");
        }
        if (has(FIN)) {
            names.add("FIN");
        }
        if (has(PSH)) {
            names.add("PSH");
        }
        if (has(ACK)) {
            names.add("ACK");
        }
        return names.isEmpty() ? "-" : String.join("-", names);
    }

    private static long u32(byte[] b, int off) {
        return ((long) (b[off] & 0xff) << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8)
                | (b[off + 3] & 0xff);
    }
}
