package org.udpsim.reports.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.PacketDelivered;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketForwarded;
import org.udpsim.trace.PacketSent;

class CaptureListenerTest {
    static final Ipv4Address CLIENT = Ipv4Address.parse("192.168.0.2");
    static final Ipv4Address SERVER = Ipv4Address.parse("192.168.0.3");

    @TempDir
    Path tmp;

    static Packet datagram(long id, long at) {
        return Packet.udp(id, at, CLIENT, 50000, SERVER, 6000, ("datagram " + id).getBytes(), 64, (int) id);
    }

    @Test
    void write_fileHeader_isNanosecondPcapOfRawIpv4() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(bytes)) {
            w.write(1_500_000_001L, new byte[] {0x45, 0});
        }
        ByteBuffer b = ByteBuffer.wrap(bytes.toByteArray());
        assertEquals(0xa1b23c4d, b.getInt());
        assertEquals(2, b.getShort());
        assertEquals(4, b.getShort());
        b.getInt();
        b.getInt();
        assertEquals(65535, b.getInt());
        assertEquals(101, b.getInt(), "LINKTYPE_RAW");
        assertEquals(1, b.getInt(), "seconds");
        assertEquals(500_000_001, b.getInt(), "nanoseconds");
        assertEquals(2, b.getInt());
        assertEquals(2, b.getInt());
        assertEquals(PcapWriter.FILE_HEADER_BYTES + PcapWriter.RECORD_HEADER_BYTES + 2, bytes.size());
    }

    @Test
    void write_negativeTime_isRejected() throws IOException {
        try (PcapWriter w = new PcapWriter(new ByteArrayOutputStream())) {
            assertThrows(IllegalArgumentException.class, () -> w.write(-1, new byte[20]));
        }
    }

    @Test
    void onRecord_lostOnAHop_inSendersCaptureOnly() throws IOException {
        Packet lost = datagram(1, 1_000);
        Packet arrived = datagram(2, 2_000);
        try (CaptureListener c = new CaptureListener(tmp)) {
            c.open("server");
            c.open("quiet");
            c.onRecord(new PacketSent(1_000, "client", lost));
            c.onRecord(new PacketDropped(1_200, "client->ap", DropReason.RADIO, lost));
            c.onRecord(new PacketSent(2_000, "client", arrived));
            c.onRecord(new PacketForwarded(2_100, "ap", arrived));
            c.onRecord(new PacketDelivered(2_300, "server", arrived));
        }
        List<PcapReader.Record> client = read(tmp.resolve("client.pcap"));
        assertEquals(List.of(1_000L, 2_000L), client.stream().map(PcapReader.Record::timeNanos).toList());
        assertArrayEquals(lost.wireBytes(), client.get(0).bytes());
        assertEquals(1, read(tmp.resolve("ap.pcap")).size());
        List<PcapReader.Record> server = read(tmp.resolve("server.pcap"));
        assertEquals(1, server.size());
        assertArrayEquals(arrived.wireBytes(), server.get(0).bytes());
        assertEquals(0, read(tmp.resolve("quiet.pcap")).size(), "an opened node that saw nothing has an empty file");
    }

    @Test
    void onRecord_droppedAtTheReceiver_inReceiversCapture() throws IOException {
        Packet p = datagram(1, 0);
        try (CaptureListener c = new CaptureListener(tmp)) {
            c.onRecord(new PacketDropped(500, "server", DropReason.SOCKET_QUEUE_FULL, p));
        }
        assertEquals(1, read(tmp.resolve("server.pcap")).size());
    }

    @Test
    void node_jsonAndRecordForms_agree() {
        Packet p = datagram(1, 0);
        assertEquals(CaptureRule.node(new PacketDropped(0, "a->b", DropReason.LOSS, p)), CaptureRule.node("drop", "a->b"));
        assertNull(CaptureRule.node("drop", "a->b"));
        assertEquals("b", CaptureRule.node("drop", "b"));
        assertEquals("a", CaptureRule.node("sent", "a"));
        assertNull(CaptureRule.node("enqueue", "a->b"));
    }

    static List<PcapReader.Record> read(Path file) throws IOException {
        List<PcapReader.Record> out = new ArrayList<>();
        try (PcapReader r = PcapReader.open(file)) {
            assertEquals(PcapWriter.LINKTYPE_RAW, r.linkType());
            for (PcapReader.Record rec = r.next(); rec != null; rec = r.next()) {
                out.add(rec);
            }
        }
        assertEquals(true, Files.size(file) >= PcapWriter.FILE_HEADER_BYTES);
        return out;
    }
}
