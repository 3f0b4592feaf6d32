package org.udpsim.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.kernel.SimTime;
import org.udpsim.net.Hop;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.trace.PacketDelivered;
import org.udpsim.trace.RadioAttempts;
import org.udpsim.trace.TraceRecord;

/**
 * The board's soft access point ({@code enable_APWiFi}) is hosted by the board itself: its radio hops carry the
 * board's name, the board is 192.168.4.1 and receives its stations' datagrams with no cable between.
 */
class SoftAccessPointTest {
    private static BoardSocket udp(Board b) {
        return b.socket(BoardSocket.AF_INET, BoardSocket.SOCK_DGRAM);
    }

    /** A board {@code host} with its access point on at 0 s, and a pupil that joins it at 1 s and sends "hi". */
    private static Classroom hostAndPupil(double seconds) {
        Classroom room = new Classroom(5, Classroom.tutorialNetwork());
        room.board("host").start(0, "ap.py", b -> {
            b.wifi().enable_APWiFi("mpython-ap", "12345678", 10);
            BoardSocket s = udp(b);
            s.bind(new SocketAddress("", 6000));
            while (true) {
                BoardSocket.Received r = s.recvfrom(64);
                b.print(new String(r.data(), java.nio.charset.StandardCharsets.UTF_8) + " from " + r.address().host());
                s.sendto("ok", r.address());
            }
        });
        room.board("pupil").start(SimTime.seconds(1), "pupil.py", b -> {
            b.wifi().connectWiFi("mpython-ap", "12345678");
            BoardSocket s = udp(b);
            s.sendto("hi", new SocketAddress("192.168.4.1", 6000));
            b.print(new String(s.recvfrom(64).data(), java.nio.charset.StandardCharsets.UTF_8));
        });
        room.sim.runUntil(SimTime.seconds(seconds));
        return room;
    }

    @Test
    void softAp_radioHopsCarryTheBoardsName_andTheBoardReceivesAt192_168_4_1() {
        try (Classroom room = hostAndPupil(20)) {
            assertEquals(List.of("hi from 192.168.4.2"), room.console("host"));
            assertEquals("ok", room.console("pupil").get(room.console("pupil").size() - 1));
            List<String> radio = room.trace.ofType(RadioAttempts.class).stream().map(RadioAttempts::place).toList();
            assertEquals(List.of("pupil->host", "host->pupil"), radio);
            List<String> delivered = room.trace.ofType(PacketDelivered.class).stream()
                    .map(TraceRecord::toJson).filter(j -> j.contains("\"udp\"")).toList();
            assertEquals(2, delivered.size(), delivered.toString());
        }
    }

    @Test
    void softAp_boardAddress_isTheAccessPointsWhileItsStationHasNone() {
        try (Classroom room = new Classroom(5, Classroom.tutorialNetwork())) {
            Board host = room.board("host");
            host.start(0, "ap.py", b -> {
                b.print(b.address());
                b.wifi().enable_APWiFi("mpython-ap", "12345678", 10);
                b.print(b.address());
                b.wifi().disable_APWiFi();
                b.print(b.address());
            });
            room.sim.runUntil(SimTime.seconds(1));
            assertEquals(List.of("0.0.0.0", "192.168.4.1", "disable AP WiFi...", "0.0.0.0"), room.console("host"));
            assertEquals(Ipv4Address.ANY, host.address());
        }
    }

    @Test
    void softAp_impairmentSetBeforeTheBoardSwitchesItOn_appliesToItsRadioHop() {
        try (Classroom room = new Classroom(5, Classroom.tutorialNetwork())) {
            room.wifi.impair(new Hop("pupil", "host", Hop.Kind.RADIO), NetemSpec.parse("delay 40ms"));
            Board ap = room.board("host");
            ap.start(0, "ap.py", b -> {
                b.wifi().enable_APWiFi("mpython-ap", "12345678", 10);
                BoardSocket s = udp(b);
                s.bind(new SocketAddress("", 6000));
                s.recvfrom(64);
                b.print("got it at " + b.ticks_ms());
            });
            room.board("pupil").start(SimTime.seconds(1), "pupil.py", b -> {
                b.wifi().connectWiFi("mpython-ap", "12345678");
                b.print("sent at " + b.ticks_ms());
                udp(b).sendto("hi", new SocketAddress("192.168.4.1", 6000));
                b.sleep(5);
            });
            room.sim.runUntil(SimTime.seconds(20));
            long sent = Long.parseLong(last(room.console("pupil")).replace("sent at ", ""));
            long got = Long.parseLong(last(room.console("host")).replace("got it at ", ""));
            assertTrue(got - sent >= 40 && got - sent <= 42, "40 ms of delay on pupil -> host: " + sent + " " + got);
        }
    }

    @Test
    void softAp_secondAccessPointOnTheSameBoard_isRefused() {
        try (Classroom room = new Classroom(5, Classroom.tutorialNetwork())) {
            Board host = room.board("host");
            host.start(0, "ap.py", b -> {
                b.wifi().enable_APWiFi("mpython-ap", "12345678", 10);
                b.sleep(60);
            });
            room.sim.runUntil(SimTime.millis(1));
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> room.wifi.addHostedAccessPoint(host.node(),
                            Wifi.softApConfig("second", "12345678")));
            assertEquals("'host' already hosts access point 'mpython-ap': a node hosts at most one", e.getMessage());
        }
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }
}
