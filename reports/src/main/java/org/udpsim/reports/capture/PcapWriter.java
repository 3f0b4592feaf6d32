package org.udpsim.reports.capture;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a capture file in the classic libpcap format that Wireshark and tshark read: the nanosecond variant (magic
 * {@code 0xa1b23c4d}, version 2.4), big-endian, link type {@value #LINKTYPE_RAW} (LINKTYPE_RAW: every record is an
 * IPv4 packet, starting with its IP header). Timestamps are simulated time, counted from the run's start.
 *
 * <p>Reference: the pcap file format, draft-ietf-opsawg-pcap (the "nanosecond-resolution" magic number).
 */
public final class PcapWriter implements AutoCloseable {
    /** The magic number of a capture whose timestamps are in nanoseconds. */
    public static final int MAGIC_NANOS = 0xa1b23c4d;
    /** LINKTYPE_RAW: raw IPv4 or IPv6, the version read from the first nibble. */
    public static final int LINKTYPE_RAW = 101;
    /** The largest record kept whole: an IPv4 packet is at most 65535 bytes. */
    public static final int SNAPLEN = 65535;
    /** Bytes in the file header. */
    public static final int FILE_HEADER_BYTES = 24;
    /** Bytes in a record header. */
    public static final int RECORD_HEADER_BYTES = 16;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final DataOutputStream out;
    private long records;

    /** Writes the file header to {@code out}; the writer owns the stream from now on. */
    public PcapWriter(OutputStream out) throws IOException {
        this.out = new DataOutputStream(new BufferedOutputStream(out, 1 << 14));
        this.out.writeInt(MAGIC_NANOS);
        this.out.writeShort(2);
        this.out.writeShort(4);
        this.out.writeInt(0); // thiszone: timestamps are UTC (here: simulated time)
        this.out.writeInt(0); // sigfigs
        this.out.writeInt(SNAPLEN);
        this.out.writeInt(LINKTYPE_RAW);
    }

    /** Creates (or replaces) {@code file} and writes its header. */
    public static PcapWriter create(Path file) throws IOException {
        return new PcapWriter(Files.newOutputStream(file));
    }

    /**
     * Appends one packet.
     *
     * @param timeNanos when it was seen, in simulated ns, 0 or more
     * @param packet the IPv4 packet's bytes, header first; at most {@value #SNAPLEN} bytes
     */
    public void write(long timeNanos, byte[] packet) throws IOException {
        if (timeNanos < 0) {
            throw new IllegalArgumentException("a capture time must be 0 or more, was " + timeNanos);
        }
        if (packet.length > SNAPLEN) {
            throw new IllegalArgumentException("a packet of " + packet.length + " bytes exceeds " + SNAPLEN);
        }
        out.writeInt((int) (timeNanos / NANOS_PER_SECOND));
        out.writeInt((int) (timeNanos % NANOS_PER_SECOND));
        out.writeInt(packet.length);
        out.writeInt(packet.length);
        out.write(packet);
        records++;
    }

    /** How many packets were written. */
    public long records() {
        return records;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
