package org.udpsim.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The send buffer, the receive buffer and the reassembly queue. */
class BuffersTest {
    private static byte[] bytes(int from, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (from + i);
        }
        return b;
    }

    @Test
    void sendBuffer_takesWhatFits_copiesAcrossTheRingsEnd_andReleasesAcknowledgedBytes() {
        SendBuffer b = new SendBuffer(10);
        assertEquals(8, b.write(bytes(0, 8), 0, 8));
        b.consume(6);
        assertEquals(8, b.write(bytes(8, 12), 0, 12), "room for 8 more");
        assertEquals(0, b.free());
        assertArrayEquals(bytes(6, 10), b.copy(0, 10));
        assertArrayEquals(bytes(9, 4), b.copy(3, 4));
    }

    @Test
    void receiveBuffer_readsAcrossChunks() {
        ReceiveBuffer b = new ReceiveBuffer();
        b.append(bytes(0, 3));
        b.append(bytes(3, 4));
        assertArrayEquals(bytes(0, 5), b.read(5));
        assertArrayEquals(bytes(5, 2), b.read(100));
        assertEquals(0, b.read(10).length);
    }

    @Test
    void reassembly_keepsEachByteOnce_andReleasesOnlyWhatContinuesTheStream() {
        ReassemblyQueue q = new ReassemblyQueue();
        q.add(20, bytes(20, 10));
        q.add(25, bytes(25, 10)); // overlaps the end
        q.add(15, bytes(15, 20)); // covers both
        q.add(40, bytes(40, 5)); // after a gap
        assertEquals(25, q.bytes(), "15-34 and 40-44, each byte once");
        assertEquals(0, q.take(10).length, "a gap at 10-14");
        assertArrayEquals(bytes(15, 20), q.take(15));
        assertArrayEquals(bytes(42, 3), q.take(42), "bytes before 42 were already had");
        assertEquals(0, q.bytes());
    }
}
