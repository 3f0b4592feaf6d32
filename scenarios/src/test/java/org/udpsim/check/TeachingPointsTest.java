package org.udpsim.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;
import org.udpsim.scenario.Overrides;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioException;
import org.udpsim.scenario.ScenarioLoader;

class TeachingPointsTest {
    private static final String NETWORK = """
            name: teaching points
            duration: 12s
            network:
              routers: {gateway: {}}
              access_points:
                classroom: {ssid: ssid, password: password, uplink: gateway}
            boards:
              server: {program: java:udp-server, ip: 192.168.0.3}
              client: {program: java:udp-client, start: 1s}
            """;

    private static Scenario scenario(String expect) {
        return ScenarioLoader.parse(NETWORK + "expect:\n" + expect, Path.of("lesson.yaml"), Overrides.NONE);
    }

    @Test
    void falseTeachingPoint_fails_andSaysWhatWasMeasured() {
        List<Outcome> o = ScenarioCheck.check(scenario("""
                  - name: "Everything is lost (deliberately false)"
                    that: "flow('udp').delivered == 0"
                """));
        assertEquals(1, o.size());
        assertFalse(o.get(0).passed());
        assertTrue(o.get(0).line().startsWith("FAIL  Everything is lost (deliberately false)  (measured "
                + "flow('udp').delivered = "), o.get(0).line());
        assertTrue(o.get(0).line().endsWith("; expected flow('udp').delivered == 0)"), o.get(0).line());
    }

    @Test
    void trueTeachingPoints_pass() {
        List<Outcome> o = ScenarioCheck.check(scenario("""
                  - name: no handshake
                    that: "flow('udp').first_delivery_ms < 2"
                  - name: the OLED shows the sender
                    that: "board('server').shows('from192.168.0.2')"
                  - name: all arrive
                    measure: "flow('udp').delivered_share"
                    between: [1, 1]
                """));
        assertTrue(o.stream().allMatch(Outcome::passed), o.toString());
    }

    @Test
    void unknownFigureBoardOrProtocol_isAnErrorAtItsPlace_beforeAnythingRuns() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioCheck.check(scenario("""
                  - name: a typo
                    that: "flow('udp').delivred > 0"
                  - name: no such board
                    that: "board('sever').printed_lines > 0"
                  - name: no such protocol
                    that: "flow('sctp').sent > 0"
                  - name: not a condition
                    that: "flow('udp').sent"
                """)));
        List<String> lines = e.problems().stream().map(Object::toString).toList();
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("lesson.yaml:11:5: teaching point 'a typo': unknown figure 'delivred' of "
                + "flow('udp'); figures are sent, delivered,"), lines.get(0));
        assertTrue(lines.get(1).contains("unknown board 'sever' in board(...); boards are server, client"), lines.get(1));
        assertTrue(lines.get(2).contains("unknown protocol 'sctp'"), lines.get(2));
        assertTrue(lines.get(3).contains("'that' must be a condition (true or false), but it gives 0"), lines.get(3));
    }

    @Test
    void malformedRangeOrTooFewReplications_isAnErrorWhenLoading() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> scenario("""
                  - name: backwards
                    measure: "flow('udp').delivered_share"
                    between: [0.9, 0.1]
                  - name: one run cannot make an interval
                    measure: "flow('udp').delivered_share"
                    between: [0.1, 0.9]
                    confidence: 95%
                """));
        List<String> lines = e.problems().stream().map(Object::toString).toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("lesson.yaml:13:14: the range must go from low to high"), lines.get(0));
        assertTrue(lines.get(1).contains("a confidence interval needs at least 2 replications"), lines.get(1));
    }

    @Test
    void confidenceInterval_isStudentsT_asCommonsMathComputesIt() {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : new double[] {1, 2, 3, 4, 5}) {
            s.addValue(v);
        }
        double t = new TDistribution(4).inverseCumulativeProbability(0.975);
        double half = t * Math.sqrt(2.5) / Math.sqrt(5);
        assertArrayEquals(new double[] {3 - half, 3 + half}, TeachingPoints.confidenceInterval(s, 0.95), 1e-12);
        assertEquals(2.7764451, t, 1e-6, "t(0.975, 4) from the tables");
        assertEquals(1.963243, half, 1e-6);
    }

    @Test
    void statisticalTeachingPoint_passesOnlyWhenTheWholeIntervalIsInTheRange() {
        Scenario s = scenario("""
                  - name: wide enough
                    measure: "flow('udp').delivered_share"
                    between: [0.99, 1.0]
                    replications: 3
                """);
        Outcome o = ScenarioCheck.check(s).get(0);
        assertTrue(o.passed(), o.line());
        assertTrue(o.measured().startsWith("mean 1, 95 % CI 1-1 over 3 runs"), o.measured());
        Outcome tight = TeachingPoints.judge(s.expectations().get(0), new double[] {0.99, 1.0, 0.995});
        assertFalse(tight.passed(), "an interval that reaches outside the range fails: " + tight.measured());
    }

    @Test
    void timedBoardFigures_seeTheConsoleAndOledAsTheyWereAtThatTime() {
        List<Outcome> o = ScenarioCheck.check(scenario("""
                  - name: only the address at first
                    that: "board('server').shows_at('192.168.0.3:6000', 5.0) && !board('server').shows_at('from', 5.0)"
                  - name: the sender later
                    that: "board('server').shows_at('from192.168.0.2', 11.9)"
                  - name: nothing received before the client joined, some by the end
                    that: "board('server').printed_by('received:', 5.0) == 0 && board('server').printed_by('received:', 12) > 0"
                """));
        assertTrue(o.stream().allMatch(Outcome::passed), o.toString());
        assertTrue(o.get(2).measured().contains("board('server').printed_by('received:', 12) = "), o.get(2).measured());
    }
}
