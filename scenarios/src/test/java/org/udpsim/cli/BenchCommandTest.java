package org.udpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void udpFlood_smallRun_printsOneLineWithEveryFigure() {
        assertEquals(0, run("bench", "udp-flood", "--clients", "4", "--seconds", "5", "--warmup-runs", "0"));
        String line = out.toString().trim();
        assertFalse(line.contains("\n"), "one line: " + line);
        Matcher m = Pattern.compile("sent=(\\d+) delivered=(\\d+) events=(\\d+) wall_s=[0-9.]+ datagrams_per_s=\\d+ "
                + "events_per_s=\\d+ peak_heap_mb=[0-9.]+").matcher(line);
        assertTrue(m.matches(), line);
        long sent = Long.parseLong(m.group(1));
        long delivered = Long.parseLong(m.group(2));
        assertEquals(4 * 500, sent, "4 clients, one datagram per 10 ms for 5 s");
        // 10 % random loss: delivered ~ Binomial(2000, 0.9), mean 1800, sd 13.4; 5 sd either way
        assertTrue(delivered > 1733 && delivered < 1867, "delivered " + delivered);
    }

    @Test
    void udpFlood_sameSeed_sameCounts() {
        run("bench", "udp-flood", "--clients", "3", "--seconds", "2", "--warmup-runs", "0", "--seed", "9");
        run("bench", "udp-flood", "--clients", "3", "--seconds", "2", "--warmup-runs", "0", "--seed", "9");
        String[] lines = out.toString().trim().split("\n");
        assertEquals(lines[0].replaceAll(" wall_s.*", ""), lines[1].replaceAll(" wall_s.*", ""));
    }

    @Test
    void udpFlood_impossibleClientCount_saysWhatIsWrong_exit2() {
        assertEquals(2, run("bench", "udp-flood", "--clients", "0"));
        assertEquals("udpsim: --clients must be 1-16000, was 0", err.toString().trim());
        assertEquals("", out.toString());
    }

    @Test
    void unknownOption_isAUsageError_exit2() {
        assertEquals(2, run("bench", "udp-flood", "--clinets", "5"));
        assertTrue(err.toString().contains("--clinets"), err.toString());
    }

    @Test
    void kernel_smallRun_printsRatesAndRatio() {
        assertEquals(0, run("bench", "kernel", "--population", "100", "--events", "20000", "--rounds", "1"));
        assertTrue(out.toString().trim().matches("kernel_events_per_s=\\d+ heap_loop_events_per_s=\\d+ ratio=[0-9.]+"),
                out.toString());
    }

    @Test
    void serve_changesTheLossOfEachScenario_andPrintsOneLineEach() {
        assertEquals(0, run("bench", "serve", "lessons/10.4-udp.yaml", "lessons/udp-vs-tcp.yaml", "--warmup", "0",
                "--changes", "2"), err.toString());
        String[] lines = out.toString().trim().split("\n");
        assertEquals(2, lines.length, out.toString());
        String figures = " start_ms=\\d+ changes=2 min_ms=\\d+ median_ms=\\d+ max_ms=\\d+ cpu_median_ms=\\d+"
                + " data_kb=\\d+ load=[0-9.-]+";
        assertTrue(lines[0].matches("scenario=10\\.4-udp\\.yaml control=network\\.access_points\\.classroom\\.radio"
                + "\\|loss\\|percent" + figures), lines[0]);
        assertTrue(lines[1].matches("scenario=udp-vs-tcp\\.yaml control=impairments\\.0\\|loss\\|percent" + figures),
                lines[1]);
    }

    @Test
    void serve_withNoScenarioAndNoLessonsFolder_saysWhatToDo_exit2() {
        assertEquals(2, run("bench", "serve"));
        assertEquals("udpsim: no scenario named and no scenarios/lessons here: name the scenario files",
                err.toString().trim());
    }

    @Test
    void help_everywhere_exitsZero() {
        assertEquals(0, run("--help"));
        assertEquals(0, run("bench", "--help"));
        assertEquals(0, run("bench", "udp-flood", "--help"));
        assertTrue(out.toString().contains("--clients"));
    }
}
