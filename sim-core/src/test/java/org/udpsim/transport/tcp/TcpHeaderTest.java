package org.udpsim.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;

/** A segment's header written to bytes and read back. */
class TcpHeaderTest {
    private static final Ipv4Address A = Ipv4Address.parse("192.168.0.2");
    private static final Ipv4Address B = Ipv4Address.parse("192.168.0.3");

    private static Packet packet(byte[] segment) {
        return Packet.ipv4(1, 0, Packet.PROTOCOL_TCP, A, B, segment, 64, 0);
    }

    @Test
    void synWithMss_roundTrips_andTheChecksumCoversThePseudoHeader() {
        byte[] s = TcpHeader.encode(A, 49152, B, 5001, 0xfffffff0, 0, TcpHeader.SYN, 5744, 1440, new byte[0], 0, 0);
        TcpHeader h = TcpHeader.parse(packet(s));
        assertEquals(49152, h.sourcePort());
        assertEquals(5001, h.destinationPort());
        assertEquals(0xfffffff0L, h.sequenceUnsigned());
        assertEquals(6, h.dataOffset());
        assertEquals(1440, h.mss());
        assertEquals(5744, h.window());
        assertEquals("SYN", h.flagNames());
        assertEquals(1, h.segmentLength());
        assertTrue(TcpHeader.checksumValid(packet(s)));
        assertFalse(TcpHeader.checksumValid(Packet.ipv4(1, 0, Packet.PROTOCOL_TCP, A, A, s, 64, 0)),
                "another destination, another pseudo-header");
    }

    @Test
    void dataSegment_payloadAndFlags() {
        byte[] data = "hello".getBytes();
        byte[] s = TcpHeader.encode(A, 1, B, 2, 100, 200, TcpHeader.ACK | TcpHeader.PSH | TcpHeader.FIN, 1000, -1,
                data, 0, data.length);
        Packet p = packet(s);
        TcpHeader h = TcpHeader.parse(p);
        assertEquals(-1, h.mss());
        assertEquals(5, h.payloadLength());
        assertEquals(6, h.segmentLength());
        assertEquals("FIN|PSH|ACK", h.flagNames());
        assertEquals("hello", new String(TcpHeader.payload(p)));
        assertEquals(200, h.acknowledgement());
        assertFalse(TcpHeader.checksumValid(p.withBitFlipped(8 * (20 + 22))), "a flipped data bit");
    }

    @Test
    void malformedHeaders_areRefusedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> TcpHeader.parse(new byte[10]));
        byte[] s = new byte[20];
        s[12] = (byte) (9 << 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TcpHeader.parse(s));
        assertTrue(e.getMessage().contains("data offset 9"), e.getMessage());
    }
}
