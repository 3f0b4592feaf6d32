package org.udpsim.reports.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.udpsim.board.oled.DrawnText;
import org.udpsim.board.oled.Frame;
import org.udpsim.board.oled.Framebuffer;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.reports.capture.CaptureListener;
import org.udpsim.reports.run.ConsoleFiles;
import org.udpsim.reports.run.OledFilms;
import org.udpsim.reports.run.RunInfo;
import org.udpsim.reports.run.RunInfoJson;
import org.udpsim.reports.summary.BoardSummary;
import org.udpsim.reports.summary.SummaryBuilder;
import org.udpsim.reports.summary.SummaryJson;
import org.udpsim.trace.ConsoleLine;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.FlowStatistics;
import org.udpsim.trace.JsonLinesTraceWriter;
import org.udpsim.trace.OledFrameShown;
import org.udpsim.trace.PacketDelivered;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketForwarded;
import org.udpsim.trace.PacketSent;
import org.udpsim.trace.TraceListener;
import org.udpsim.trace.TraceRecord;

/**
 * A small run folder made by hand from trace records, as a run writes it: a UDP flow from client to server through
 * the access point {@code ap} (datagram 2 lost on the radio, 4 overtaking 3, 6 dropped at the server's full socket
 * queue) and a TCP conversation (handshake, a data segment lost and sent again, teardown) built from real TCP
 * header bytes, with the server's console and OLED.
 */
public final class SyntheticRun {
    public static final Ipv4Address CLIENT = Ipv4Address.parse("192.168.0.2");
    public static final Ipv4Address SERVER = Ipv4Address.parse("192.168.0.3");
    static final long MS = 1_000_000L;

    private final List<TraceListener> listeners = new ArrayList<>();
    private long nextId = 1;

    private SyntheticRun() {
    }

    /** Writes the run into {@code dir} (created); {@code consoleText} is what the server printed. */
    public static Path write(Path dir, String consoleText) throws IOException {
        Files.createDirectories(dir);
        FlowStatistics stats = new FlowStatistics();
        SyntheticRun r = new SyntheticRun();
        try (BufferedWriter traceFile = Files.newBufferedWriter(dir.resolve("trace.jsonl"), StandardCharsets.UTF_8);
                JsonLinesTraceWriter trace = new JsonLinesTraceWriter(traceFile);
                CaptureListener captures = new CaptureListener(dir.resolve("capture"));
                ConsoleFiles consoles = new ConsoleFiles(dir.resolve("console"));
                OledFilms films = new OledFilms(dir.resolve("oled"))) {
            r.listeners.addAll(List.of(trace, captures, consoles, films, stats));
            consoles.open("client");
            r.udp();
            r.tcp();
            r.emit(new ConsoleLine(1200 * MS, "server", consoleText));
            r.emit(new OledFrameShown(100 * MS, "server", frame(0, 100 * MS, "waiting")));
            r.emit(new OledFrameShown(1301 * MS, "server", frame(1, 1301 * MS, consoleText)));
            films.finish(5_000 * MS);
        }
        List<BoardSummary> boards = List.of(
                new BoardSummary("server", SERVER.toString(), "java:udp-server", 1, 2, null, List.of(consoleText),
                        List.of(consoleText)),
                new BoardSummary("client", CLIENT.toString(), "java:udp-client", 0, 0, null, List.of(), List.of()));
        SummaryJson.write(SummaryBuilder.build("Synthetic <run>", 7, 5.0, stats,
                Map.of(CLIENT, "client", SERVER, "server"), boards), dir.resolve("summary.json"));
        RunInfoJson.write(new RunInfo("Synthetic <run>", "made by hand", "synthetic.yaml", 7, 5_000 * MS,
                "udpsim run synthetic.yaml --seed 7",
                List.of(new RunInfo.Node("gateway", RunInfo.Kind.ROUTER, "192.168.0.1", ""),
                        new RunInfo.Node("ap", RunInfo.Kind.ACCESS_POINT, "", "WiFi \"ssid\""),
                        new RunInfo.Node("server", RunInfo.Kind.BOARD, SERVER.toString(), "java:udp-server"),
                        new RunInfo.Node("client", RunInfo.Kind.BOARD, CLIENT.toString(), "java:udp-client")),
                List.of(new RunInfo.Connection("ap", "gateway", false), new RunInfo.Connection("ap", "server", true),
                        new RunInfo.Connection("ap", "client", true)),
                List.of(new RunInfo.HopImpairment("*", "ap", "", "retries 0"),
                        new RunInfo.HopImpairment("client", "ap", "loss 20% delay 10ms reorder 10%", "")),
                List.of(new RunInfo.TeachingPoint("UDP loses datagrams silently", "flow('udp').lost > 0"))),
                dir.resolve(RunInfoJson.FILE));
        return dir;
    }

    private void udp() {
        for (int i = 1; i <= 6; i++) {
            long at = i * 100 * MS;
            Packet p = Packet.udp(nextId++, at, CLIENT, 50000, SERVER, 6000, ("datagram " + i).getBytes(), 64, i);
            emit(new PacketSent(at, "client", p));
            switch (i) {
                case 2 -> emit(new PacketDropped(at + MS, "client->ap", DropReason.RADIO, p));
                case 3 -> way(p, at + 2 * MS, at + 150 * MS);
                case 4 -> way(p, at + 2 * MS, at + 5 * MS);
                case 6 -> {
                    emit(new PacketForwarded(at + 2 * MS, "ap", p));
                    emit(new PacketDropped(at + 3 * MS, "server", DropReason.SOCKET_QUEUE_FULL, p));
                }
                default -> way(p, at + 2 * MS, at + 3 * MS);
            }
        }
    }

    private void tcp() {
        long t = 2_000 * MS;
        long c = 0xfffffffaL; // the client's initial sequence number, near the wrap
        long s = 5000;
        int sp = 40000;
        segment(t, CLIENT, sp, SERVER, 80, c, 0, 0x02, 0, "deliver");
        segment(t + 10 * MS, SERVER, 80, CLIENT, sp, s, c + 1, 0x12, 0, "deliver");
        segment(t + 20 * MS, CLIENT, sp, SERVER, 80, c + 1, s + 1, 0x10, 0, "deliver");
        segment(t + 30 * MS, CLIENT, sp, SERVER, 80, c + 1, s + 1, 0x18, 10, "lost");
        segment(t + 40 * MS, CLIENT, sp, SERVER, 80, c + 11, s + 1, 0x18, 10, "deliver");
        segment(t + 50 * MS, SERVER, 80, CLIENT, sp, s + 1, c + 1, 0x10, 0, "deliver");
        segment(t + 250 * MS, CLIENT, sp, SERVER, 80, c + 1, s + 1, 0x18, 10, "deliver");
        segment(t + 260 * MS, SERVER, 80, CLIENT, sp, s + 1, c + 21, 0x10, 0, "deliver");
        segment(t + 300 * MS, CLIENT, sp, SERVER, 80, c + 21, s + 1, 0x11, 0, "deliver");
        segment(t + 310 * MS, SERVER, 80, CLIENT, sp, s + 1, c + 22, 0x11, 0, "deliver");
        segment(t + 320 * MS, CLIENT, sp, SERVER, 80, c + 22, s + 2, 0x10, 0, "deliver");
    }

    private void segment(long at, Ipv4Address src, int sp, Ipv4Address dst, int dp, long seq, long ack, int flags,
            int payload, String fate) {
        byte[] l4 = new byte[20 + payload];
        put16(l4, 0, sp);
        put16(l4, 2, dp);
        put32(l4, 4, seq);
        put32(l4, 8, ack);
        l4[12] = 0x50;
        l4[13] = (byte) flags;
        put16(l4, 14, 65535);
        for (int i = 0; i < payload; i++) {
            l4[20 + i] = (byte) ('a' + i);
        }
        put16(l4, 16, Packet.transportChecksum(src, dst, Packet.PROTOCOL_TCP, l4, 0, l4.length));
        long id = nextId++;
        Packet p = Packet.ipv4(id, at, Packet.PROTOCOL_TCP, src, dst, l4, 64, (int) id);
        String from = src.equals(CLIENT) ? "client" : "server";
        String to = src.equals(CLIENT) ? "server" : "client";
        emit(new PacketSent(at, from, p));
        if (fate.equals("lost")) {
            emit(new PacketDropped(at + MS, from + "->ap", DropReason.LOSS, p));
        } else {
            way(p, at + 2 * MS, at + 4 * MS, from, to);
        }
    }

    private void way(Packet p, long atAp, long atServer) {
        way(p, atAp, atServer, "client", "server");
    }

    private void way(Packet p, long atAp, long atEnd, String from, String to) {
        emit(new PacketForwarded(atAp, "ap", p));
        emit(new PacketDelivered(atEnd, to, p));
    }

    private void emit(TraceRecord r) {
        for (TraceListener l : listeners) {
            l.onRecord(r);
        }
    }

    static Frame frame(long index, long time, String text) {
        byte[] bits = new byte[Framebuffer.BYTES];
        bits[(int) (index % Framebuffer.BYTES)] = (byte) 0xff;
        return new Frame(index, time, bits, List.<DrawnText>of());
    }

    private static void put16(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    private static void put32(byte[] b, int off, long v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }
}
