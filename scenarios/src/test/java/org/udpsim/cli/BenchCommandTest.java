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
    void help_everywhere_exitsZero() {
        assertEquals(0, run("--help"));
        assertEquals(0, run("bench", "--help"));
        assertEquals(0, run("bench", "udp-flood", "--help"));
        assertTrue(out.toString().contains("--clients"));
    }
}
