package org.udpsim.packet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PacketTest {
    private static final byte[] HELLO = "hello message from mPython\r\n".getBytes(StandardCharsets.US_ASCII);

    private static Packet hello() {
        return Packet.udp(1, 0, Ipv4Address.parse("192.168.0.2"), 50000, Ipv4Address.parse("192.168.0.3"), 6000,
                HELLO, 64, 0x1c46);
    }

    @Test
    void udp_headerFields_areOnTheWireAsRfc791And768Say() {
        Packet p = hello();
        assertEquals(20 + 8 + 28, p.length());
        assertEquals(4, p.version());
        assertEquals(20, p.headerLength());
        assertEquals(56, p.totalLength());
        assertEquals(0x1c46, p.identification());
        assertEquals(64, p.ttl());
        assertEquals(17, p.protocol());
        assertEquals("192.168.0.2", p.source().toString());
        assertEquals("192.168.0.3", p.destination().toString());
        assertEquals(50000, p.sourcePort());
        assertEquals(6000, p.destinationPort());
        assertEquals(36, p.udpLength());
        assertArrayEquals(HELLO, p.udpPayload());
    }

    @Test
    void udp_checksums_matchAnIndependentComputation() {
        Packet p = hello();
        byte[] w = p.wireBytes();
        // the IPv4 header checksum by RFC 1071, summed here word by word
        long sum = 0;
        for (int i = 0; i < 20; i += 2) {
            if (i != 10) {
                sum += ((w[i] & 0xff) << 8) | (w[i + 1] & 0xff);
            }
        }
        while (sum > 0xffff) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        assertEquals(~sum & 0xffff, p.headerChecksum());
        assertTrue(p.ipHeaderValid());
        assertTrue(p.udpChecksumValid());
        assertTrue(p.udpChecksum() != 0, "a computed UDP checksum is never sent as 0");
    }

    @Test
    void withBitFlipped_anyBit_failsTheIpOrUdpCheck() {
        Packet p = hello();
        for (int bit = 0; bit < p.length() * 8; bit++) {
            Packet c = p.withBitFlipped(bit);
            assertFalse(c.ipHeaderValid() && c.udpChecksumValid(), "flipping bit " + bit + " went unnoticed");
            assertEquals(p.id(), c.id(), "a corrupted packet is the same packet");
        }
        assertTrue(p.ipHeaderValid() && p.udpChecksumValid(), "the original is untouched");
    }

    @Test
    void withTtlDecremented_keepsHeaderChecksumValid_forEveryTtl() {
        for (int ttl = 2; ttl <= 255; ttl++) {
            Packet p = Packet.udp(1, 0, Ipv4Address.parse("10.0.0.2"), 1, Ipv4Address.parse("10.9.8.7"), 2,
                    new byte[] {1, 2, 3}, ttl, ttl * 31);
            Packet q = p.withTtlDecremented();
            assertEquals(ttl - 1, q.ttl());
            assertTrue(q.ipHeaderValid(), "ttl " + ttl);
            assertTrue(q.udpChecksumValid(), "TTL is not covered by the UDP checksum");
        }
    }

    @Test
    void copyAs_keepsOriginAndBytes_underNewId() {
        Packet p = hello();
        Packet c = p.copyAs(99);
        assertEquals(99, c.id());
        assertEquals(1, c.originId());
        assertTrue(c.isCopy());
        assertFalse(p.isCopy());
        assertArrayEquals(p.wireBytes(), c.wireBytes());
    }

    @Test
    void udp_impossibleValues_areRejectedWithTheParameterNamed() {
        Ipv4Address a = Ipv4Address.parse("10.0.0.1");
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> Packet.udp(1, 0, a, 70000, a, 1, new byte[0], 64, 0));
        assertTrue(port.getMessage().contains("source port"), port.getMessage());
        IllegalArgumentException ttl = assertThrows(IllegalArgumentException.class,
                () -> Packet.udp(1, 0, a, 1, a, 1, new byte[0], 0, 0));
        assertTrue(ttl.getMessage().contains("TTL"), ttl.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Packet.udp(1, 0, a, 1, a, 1, new byte[Packet.MAX_UDP_PAYLOAD + 1], 64, 0));
    }
}
