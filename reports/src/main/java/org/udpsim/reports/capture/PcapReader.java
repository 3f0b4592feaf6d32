package org.udpsim.reports.capture;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads back a capture written by {@link PcapWriter} (classic libpcap, either byte order, micro- or nanosecond
 * timestamps), one record at a time.
 */
public final class PcapReader implements AutoCloseable {
    private static final int MAGIC_MICROS = 0xa1b2c3d4;

    private final DataInputStream in;
    private final boolean swapped;
    private final long unitNanos;
    private final int linkType;

    /** One captured packet: its time in ns and its bytes. */
    public record Record(long timeNanos, byte[] bytes) {
    }

    /** Reads the file header of {@code in}; the reader owns the stream from now on. */
    public PcapReader(InputStream in) throws IOException {
        this.in = new DataInputStream(new BufferedInputStream(in, 1 << 14));
        int magic = this.in.readInt();
        if (magic == PcapWriter.MAGIC_NANOS || magic == MAGIC_MICROS) {
            swapped = false;
        } else if (Integer.reverseBytes(magic) == PcapWriter.MAGIC_NANOS
                || Integer.reverseBytes(magic) == MAGIC_MICROS) {
            swapped = true;
            magic = Integer.reverseBytes(magic);
        } else {
            throw new IOException(String.format("not a pcap file (magic 0x%08x)", magic));
        }
        unitNanos = magic == PcapWriter.MAGIC_NANOS ? 1 : 1000;
        this.in.skipNBytes(16);
        linkType = readInt();
    }

    public static PcapReader open(Path file) throws IOException {
        return new PcapReader(Files.newInputStream(file));
    }

    /** The file's link type, {@link PcapWriter#LINKTYPE_RAW} for ours. */
    public int linkType() {
        return linkType;
    }

    /** The next record, or null at the end of the file. */
    public Record next() throws IOException {
        int seconds;
        try {
            seconds = readInt();
        } catch (EOFException e) {
            return null;
        }
        long fraction = Integer.toUnsignedLong(readInt());
        int included = readInt();
        readInt();
        byte[] bytes = in.readNBytes(included);
        if (bytes.length != included) {
            throw new EOFException("a capture record is cut short");
        }
        return new Record(Integer.toUnsignedLong(seconds) * 1_000_000_000L + fraction * unitNanos, bytes);
    }

    private int readInt() throws IOException {
        int v = in.readInt();
        return swapped ? Integer.reverseBytes(v) : v;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
