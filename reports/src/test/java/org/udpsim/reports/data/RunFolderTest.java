package org.udpsim.reports.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.reports.text.ReportException;

class RunFolderTest {
    @TempDir
    Path tmp;
    Path run;
    RunData data;

    @BeforeEach
    void write() throws IOException {
        run = SyntheticRun.write(tmp.resolve("run"), "hello");
        data = RunFolder.read(run);
    }

    @Test
    void read_udpTrips_haveTheirWaysAndEnds() {
        List<PacketTrip> udp = data.trips().stream().filter(t -> t.protocol().equals("udp")).toList();
        assertEquals(6, udp.size());
        assertEquals(PacketTrip.End.DROPPED, udp.get(1).end());
        assertEquals("client->ap", udp.get(1).endPlace());
        assertEquals("radio", udp.get(1).reason());
        assertEquals(List.of("ap"), udp.get(2).steps().stream().map(PacketTrip.Step::place).toList());
        assertEquals(150_000_000L, udp.get(2).delay(), "sent at 300 ms, delivered at 450 ms");
        assertEquals("server", udp.get(5).endPlace());
        assertNull(udp.get(0).tcp());
    }

    @Test
    void read_tcpTrips_flagsAndNumbersFromTheCaptures() {
        List<PacketTrip> tcp = data.trips().stream().filter(t -> t.protocol().equals("tcp")).toList();
        assertEquals(11, tcp.size());
        assertEquals("SYN", tcp.get(0).tcp().flagNames());
        assertEquals(0xfffffffaL, tcp.get(0).tcp().seq());
        assertEquals("SYN-ACK", tcp.get(1).tcp().flagNames());
        assertEquals(0xfffffffbL, tcp.get(1).tcp().ack());
        assertEquals("PSH-ACK", tcp.get(3).tcp().flagNames());
        assertEquals(10, tcp.get(3).tcp().payloadLength());
        assertEquals(5L, tcp.get(4).tcp().seq(), "the sequence number wraps past 2^32");
        assertEquals("FIN-ACK", tcp.get(8).tcp().flagNames());
    }

    @Test
    void read_consolesAndFrames() {
        assertEquals(List.of("client", "server"), data.consoles().keySet().stream().sorted().toList());
        assertEquals("[    1200.000 ms] hello", data.consoles().get("server").get(0));
        assertEquals(2, data.frames().get("server").size());
        assertTrue(Files.isRegularFile(data.frames().get("server").get(1).png()));
        assertEquals(1_301_000_000L, data.frames().get("server").get(1).time());
    }

    @Test
    void read_notAFolder_saysSo() {
        ReportException e = assertThrows(ReportException.class, () -> RunFolder.read(run.resolve("summary.json")));
        assertTrue(e.getMessage().endsWith("is not a folder"), e.getMessage());
    }

    @Test
    void read_noSummary_isNoRun() throws IOException {
        Files.delete(run.resolve("summary.json"));
        ReportException e = assertThrows(ReportException.class, () -> RunFolder.read(run));
        assertTrue(e.getMessage().contains("not a run folder"), e.getMessage());
    }

    @Test
    void read_formatOne_isAnOlderRun() throws IOException {
        Path summary = run.resolve("summary.json");
        Files.writeString(summary, Files.readString(summary).replace("\"format\" : 2", "\"format\" : 1"));
        ReportException e = assertThrows(ReportException.class, () -> RunFolder.read(run));
        assertTrue(e.getMessage().contains("older udpsim (summary.json format 1"), e.getMessage());
    }

    @Test
    void read_newerFormat_saysSo() throws IOException {
        Path summary = run.resolve("summary.json");
        Files.writeString(summary, Files.readString(summary).replace("\"format\" : 2", "\"format\" : 3"));
        assertTrue(assertThrows(ReportException.class, () -> RunFolder.read(run)).getMessage().contains("newer"));
    }

    @Test
    void read_noRunJson_isIncomplete() throws IOException {
        Files.delete(run.resolve("run.json"));
        ReportException e = assertThrows(ReportException.class, () -> RunFolder.read(run));
        assertTrue(e.getMessage().contains("run.json is missing"), e.getMessage());
    }

    @Test
    void read_captureOutOfStep_saysSo() throws IOException {
        Files.write(run.resolve("capture/client.pcap"), java.util.Arrays.copyOf(
                Files.readAllBytes(run.resolve("capture/client.pcap")), 24));
        ReportException e = assertThrows(ReportException.class, () -> RunFolder.read(run));
        assertTrue(e.getMessage().contains("client.pcap"), e.getMessage());
    }

    @Test
    void choose_noChoice_busiestFlowOfEachProtocol_udpFirst() {
        assertEquals(List.of("udp 192.168.0.2:50000 > 192.168.0.3:6000", "tcp 192.168.0.2:40000 > 192.168.0.3:80"),
                FlowChoice.choose(data, null));
    }

    @Test
    void choose_byNodeAndPort() {
        assertEquals(List.of("tcp 192.168.0.2:40000 > 192.168.0.3:80", "tcp 192.168.0.3:80 > 192.168.0.2:40000"),
                FlowChoice.choose(data, "server:80 tcp"), "either end");
        assertEquals(List.of("udp 192.168.0.2:50000 > 192.168.0.3:6000"), FlowChoice.choose(data, "udp 192.168.0.3"));
        assertEquals(3, FlowChoice.choose(data, "client > server").size(), "the UDP flow and both TCP directions");
    }

    @Test
    void choose_noSuchFlow_listsTheFlows() {
        ReportException e = assertThrows(ReportException.class, () -> FlowChoice.choose(data, "icmp"));
        assertTrue(e.getMessage().startsWith("no flow matches 'icmp'; the run's flows: "), e.getMessage());
        assertTrue(e.getMessage().contains("udp 192.168.0.2:50000 > 192.168.0.3:6000"));
    }

    @Test
    void arrivals_udp_overtakenMarked() {
        List<Arrivals.Arrival> a = Arrivals.inArrivalOrder(data, "udp 192.168.0.2:50000 > 192.168.0.3:6000");
        assertEquals(List.of(1L, 4L, 3L, 5L), a.stream().map(Arrivals.Arrival::number).toList());
        assertEquals(List.of(false, false, true, false), a.stream().map(Arrivals.Arrival::overtaken).toList());
    }

    @Test
    void handedOver_tcp_inStreamOrderOnceTheRetransmissionArrives() {
        List<Arrivals.Arrival> a = Arrivals.handedOver(data, "tcp 192.168.0.2:40000 > 192.168.0.3:80");
        assertEquals(List.of(1L, 2L), a.stream().map(Arrivals.Arrival::number).toList());
        assertEquals(2_254_000_000L, a.get(0).arrivedAt(), "segment 1 arrives again at 2.254 s");
        assertEquals(2_254_000_000L, a.get(1).arrivedAt(), "segment 2 waited for it");
        assertEquals(2_030_000_000L, a.get(0).sentAt(), "counted from its first sending");
        assertEquals(2, Arrivals.messagesSent(data, "tcp 192.168.0.2:40000 > 192.168.0.3:80"));
    }
}
