package org.udpsim.apps;

import java.nio.ByteBuffer;

/**
 * The messages of {@link MessageSender} and {@link MessageReceiver}: a fixed size, the first 8 bytes the sequence
 * number, the next 8 the simulated time the message was sent (so the receiver knows its delay), the rest zeros.
 */
final class MessageFormat {
    /** The smallest message: a sequence number and a send time. */
    static final int MIN_SIZE = 16;

    private MessageFormat() {
    }

    static byte[] encode(long seq, long sentAt, int size) {
        byte[] m = new byte[size];
        ByteBuffer.wrap(m).putLong(seq).putLong(sentAt);
        return m;
    }

    static long seq(byte[] m, int offset) {
        return ByteBuffer.wrap(m, offset, 8).getLong();
    }

    static long sentAt(byte[] m, int offset) {
        return ByteBuffer.wrap(m, offset + 8, 8).getLong();
    }
}
