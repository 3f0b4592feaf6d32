package org.udpsim.transport.tcp;

import java.util.ArrayDeque;

/** The in-order bytes a connection has received and its application has not read yet, oldest first. */
final class ReceiveBuffer {
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    /** Bytes of the first chunk already read. */
    private int readInFirst;
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void append(byte[] data) {
        if (data.length > 0) {
            chunks.add(data);
            size += data.length;
        }
    }

    /** Takes up to {@code max} bytes, oldest first; an empty array if none are held. */
    byte[] read(int max) {
        int n = Math.min(max, size);
        byte[] out = new byte[n];
        int done = 0;
        while (done < n) {
            byte[] first = chunks.peek();
            int take = Math.min(n - done, first.length - readInFirst);
            System.arraycopy(first, readInFirst, out, done, take);
            done += take;
            readInFirst += take;
            if (readInFirst == first.length) {
                chunks.poll();
                readInFirst = 0;
            }
        }
        size -= n;
        return out;
    }

    void clear() {
        chunks.clear();
        readInFirst = 0;
        size = 0;
    }
}
