package org.udpsim.wifi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.trace.RadioAttempts;
import org.udpsim.trace.TraceRecord;

class DeterminismTest {
    /** Joins the stations at once (their connect times interleave), then mixes lossy unicast and broadcast. */
    private static List<String> run(long seed, String... stations) {
        try (Classroom c = new Classroom(seed, stations)) {
            for (String s : stations) {
                c.station(s).connect(Classroom.SSID, Classroom.PASSWORD, r -> { });
                c.wifi.radioHop(s + "->classroom").setImpairments("loss 30%");
                c.wifi.radioHop("classroom->" + s).setImpairments("loss 30%");
            }
            c.sim.runUntil(SimTime.seconds(10));
            for (String s : stations) {
                c.sendMany(s, c.ip("gateway"), 100, 200, SimTime.micros(300));
                c.sendMany(s, Ipv4Address.BROADCAST, 100, 50, SimTime.micros(700));
            }
            List<String> out = new ArrayList<>();
            for (TraceRecord r : c.records) {
                out.add(r.toJson());
            }
            return out;
        }
    }

    /**
     * When station a connected, and the radio attempts of its frames on its own uplink hop, while every other
     * station joins and sends too. (Which address a gets may change: DHCP serves whoever comes first.)
     */
    private static List<String> attemptsOfA(String... stations) {
        try (Classroom c = new Classroom(3, stations)) {
            List<String> out = new ArrayList<>();
            for (String s : stations) {
                c.station(s).connect(Classroom.SSID, Classroom.PASSWORD, r -> {
                    if (s.equals("a")) {
                        out.add("a connected at " + SimTime.format(c.sim.now()));
                    }
                });
                c.wifi.radioHop(s + "->classroom").setImpairments("loss 40%");
            }
            c.sim.runUntil(SimTime.seconds(10));
            for (String s : stations) {
                for (int i = 0; i < 500; i++) {
                    c.sim.schedule(i * SimTime.millis(1), () -> c.sendUdp(s, c.ip("gateway"), 100));
                }
            }
            c.sim.run();
            for (RadioAttempts r : c.at(RadioAttempts.class, "a->classroom")) {
                out.add(r.attempts() + (r.delivered() ? "" : "x"));
            }
            return out;
        }
    }

    @Test
    void sameSeed_givesTheSameRecordSequence() {
        List<String> first = run(11, "a", "b", "c");
        assertEquals(first, run(11, "a", "b", "c"));
        assertNotEquals(first, run(12, "a", "b", "c"));
    }

    @Test
    void addingAThirdStation_doesNotChangeTheFirstStationsLossPattern() {
        List<String> two = attemptsOfA("a", "b");
        List<String> three = attemptsOfA("a", "b", "c");
        assertEquals(two, three);
    }
}
