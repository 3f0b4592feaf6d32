package org.udpsim.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;

/** The presets' values and the messages a wrong value gets. */
class TcpConfigTest {
    @Test
    void board_isLwipAsBoardFactsReadIt() {
        TcpConfig b = TcpConfig.BOARD;
        assertEquals(1440, b.mss());
        assertEquals(5744, b.sendBuffer());
        assertEquals(5744, b.receiveWindow());
        assertEquals(12, b.dataRetries());
        assertEquals(6, b.synRetries());
        assertEquals(SimTime.seconds(3), b.initialRtoNanos());
        assertEquals(SimTime.seconds(120), b.timeWaitNanos());
    }

    @Test
    void host_isLinux() {
        TcpConfig h = TcpConfig.HOST;
        assertEquals(1460, h.mss());
        assertEquals(SimTime.seconds(1), h.initialRtoNanos());
        assertEquals(SimTime.millis(200), h.minRtoNanos());
        assertEquals(15, h.dataRetries());
        assertEquals(6, h.synRetries());
        assertEquals(SimTime.seconds(60), h.timeWaitNanos());
    }

    @Test
    void wrongValue_messageNamesParameterRangeAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TcpConfig.HOST.withBuffers(5744, 70000));
        assertEquals("TCP receiveWindow must be 1-65535 bytes, was 70000", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TcpConfig.HOST.withDelayedAck(SimTime.seconds(1)));
        assertEquals("TCP delayedAckNanos must be 0-500000000 ns (RFC 5681 allows at most 500 ms), was 1000000000",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> TcpConfig.HOST.withRto(SimTime.seconds(1), SimTime.seconds(2), SimTime.seconds(1), 1));
        assertEquals("TCP maxRtoNanos must be 2000000000-3600000000000 ns (at least minRtoNanos), was 1000000000",
                e.getMessage());
    }
}
