package org.udpsim.transport.tcp;

/**
 * The bytes a connection has taken from its application and the peer has not yet acknowledged: first those in
 * flight, then those still to be sent. Its capacity is the send buffer size, so a write takes only what fits.
 *
 * <p>Positions are relative to the first unacknowledged byte; a ring of fixed size holds them.
 */
final class SendBuffer {
    private final byte[] ring;
    private int head;
    private int size;

    SendBuffer(int capacity) {
        this.ring = new byte[capacity];
    }

    int capacity() {
        return ring.length;
    }

    /** Bytes held: unacknowledged plus not yet sent. */
    int size() {
        return size;
    }

    /** Bytes that fit before the buffer is full. */
    int free() {
        return ring.length - size;
    }

    /** Appends as many of {@code len} bytes from {@code src[off]} as fit; returns how many that was. */
    int write(byte[] src, int off, int len) {
        int n = Math.min(len, free());
        int tail = (head + size) % ring.length;
        int first = Math.min(n, ring.length - tail);
        System.arraycopy(src, off, ring, tail, first);
        System.arraycopy(src, off + first, ring, 0, n - first);
        size += n;
        return n;
    }

    /** Copies {@code len} bytes starting {@code from} bytes after the first unacknowledged one. */
    byte[] copy(int from, int len) {
        if (from < 0 || len < 0 || from + len > size) {
            throw new IllegalArgumentException("bytes " + from + "+" + len + " are outside the " + size + " held");
        }
        byte[] out = new byte[len];
        int start = (head + from) % ring.length;
        int first = Math.min(len, ring.length - start);
        System.arraycopy(ring, start, out, 0, first);
        System.arraycopy(ring, 0, out, first, len - first);
        return out;
    }

    /** Forgets the first {@code n} bytes: the peer acknowledged them. */
    void consume(int n) {
        if (n < 0 || n > size) {
            throw new IllegalArgumentException("cannot release " + n + " of " + size + " bytes");
        }
        head = (head + n) % ring.length;
        size -= n;
    }
}
