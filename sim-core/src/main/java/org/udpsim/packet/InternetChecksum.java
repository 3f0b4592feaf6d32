package org.udpsim.packet;

/** The Internet checksum of RFC 1071: the ones' complement of the ones' complement sum of 16-bit words. */
public final class InternetChecksum {
    private InternetChecksum() {
    }

    /** Adds {@code length} bytes from {@code offset} to a running 32-bit sum, as big-endian 16-bit words. */
    public static int add(int sum, byte[] data, int offset, int length) {
        int i = offset;
        int end = offset + length;
        for (; i + 1 < end; i += 2) {
            sum += ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
        }
        if (i < end) {
            sum += (data[i] & 0xff) << 8;
        }
        return sum;
    }

    /** Folds a running sum to 16 bits and complements it. */
    public static int finish(int sum) {
        long s = sum & 0xffffffffL;
        while ((s >>> 16) != 0) {
            s = (s & 0xffff) + (s >>> 16);
        }
        return (int) (~s & 0xffff);
    }

    public static int of(byte[] data, int offset, int length) {
        return finish(add(0, data, offset, length));
    }
}
