package org.udpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The run's bar, driven by a fake clock. */
class RunProgressBarTest {
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private final StringWriter text = new StringWriter();
    private final long[] wall = {0};
    private final RunProgressBar bar = new RunProgressBar(new PrintWriter(text), () -> wall[0]);

    @Test
    void shortRun_drawsNothing() {
        wall[0] = 400 * MS;
        bar.reached(30 * S, 30 * S);
        bar.finish();
        assertEquals("", text.toString());
    }

    @Test
    void longRun_drawsTheSimulatedTime_atMostTenTimesASecond_thenWipesItself() {
        wall[0] = 600 * MS;
        bar.reached(12 * S, 120 * S);
        wall[0] = 650 * MS;
        bar.reached(13 * S, 120 * S);
        wall[0] = 700 * MS;
        bar.reached(60 * S, 120 * S);
        String first = "[###...........................] 12.0 of 120 s simulated";
        String second = "[###############...............] 60.0 of 120 s simulated";
        assertEquals("\r" + first + "\r" + second, text.toString(), "the draw 50 ms after the first is skipped");
        bar.finish();
        assertEquals("\r" + first + "\r" + second + "\r" + " ".repeat(second.length()) + "\r", text.toString());
    }

    @Test
    void aShorterLine_coversTheLongerOneBefore() {
        wall[0] = S;
        bar.reached(100 * S, 120_500 * MS);
        wall[0] = 2 * S;
        bar.reached(120_500 * MS, 120_500 * MS);
        assertEquals("\r[########################......] 100.0 of 120.5 s simulated"
                + "\r[##############################] 120.5 of 120.5 s simulated", text.toString());
    }
}
