package org.udpsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sweep's progress and ETA, driven by a fake clock: no test here waits for real time. */
class ProgressTest {
    private static final long S = 1_000_000_000L;
    private static final Pattern ETA = Pattern.compile("(\\d+)/(\\d+) runs.*ETA (--:--|(\\d+):(\\d\\d))");

    /** A run finishing: when, on which job. */
    private record Finish(long nanos, int job) {
    }

    /**
     * When the runs of a pool of {@code jobs} threads finish, each thread taking the next run as soon as it is free:
     * a thread's first run takes {@code first} seconds (compiling the code), every later one {@code later}.
     */
    private static List<Finish> pool(int runs, int jobs, double first, double later) {
        long[] free = new long[jobs];
        boolean[] started = new boolean[jobs];
        List<Finish> finishes = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            int j = 0;
            for (int k = 1; k < jobs; k++) {
                j = free[k] < free[j] ? k : j;
            }
            free[j] += Math.round((started[j] ? later : first) * S);
            started[j] = true;
            finishes.add(new Finish(free[j], j));
        }
        finishes.sort(Comparator.comparingLong(Finish::nanos).thenComparingInt(Finish::job));
        return finishes;
    }

    /** What a terminal shows after each run: the frames the bar redraws in place. */
    private static List<String> frames(List<Finish> finishes, int jobs, boolean terminal) {
        StringWriter text = new StringWriter();
        long[] now = {0};
        Progress p = new Progress(new PrintWriter(text), terminal, finishes.size(), jobs, () -> now[0]);
        for (Finish f : finishes) {
            now[0] = f.nanos();
            p.runDone("job " + f.job());
        }
        List<String> frames = new ArrayList<>();
        for (String f : text.toString().split(terminal ? "\r" : "\n")) {
            if (!f.isBlank()) {
                frames.add(f);
            }
        }
        return frames;
    }

    /** The ETA a frame shows, in seconds, or -1 for --:--. */
    private static long eta(String frame) {
        Matcher m = ETA.matcher(frame);
        assertTrue(m.find(), frame);
        return m.group(4) == null ? -1 : Long.parseLong(m.group(4)) * 60 + Long.parseLong(m.group(5));
    }

    @Test
    void eta_isUnknownUntilTheFirstRunsAreDone_thenTheTimeTheWarmRunsNeed() {
        // 2 jobs, 40 runs: each job's first run takes 4.5 s, every later one 0.4 s; all done after 12.1 s. The
        // rate of the first run alone would say 39 x 4.5 s = 2:56 left.
        List<Finish> finishes = pool(40, 2, 4.5, 0.4);
        List<String> frames = frames(finishes, 2, true);
        assertEquals(40, frames.size());
        long end = finishes.get(39).nanos();
        for (int i = 0; i < frames.size(); i++) {
            long shown = eta(frames.get(i));
            if (i < 2) {
                assertEquals(-1, shown, "no estimate from the jobs' first runs alone: " + frames.get(i));
            } else {
                double truth = (end - finishes.get(i).nanos()) / (double) S;
                assertTrue(Math.abs(shown - truth) <= 1, frames.get(i) + " against " + truth + " s left");
            }
        }
        assertTrue(frames.get(39).startsWith("[##############################] 40/40 runs  ETA 0:00"), frames.get(39));
    }

    @Test
    void eta_withEightJobs_waitsForARunAfterTheFirstEight() {
        List<Finish> finishes = pool(100, 8, 2.0, 0.1);
        List<String> frames = frames(finishes, 8, true);
        for (int i = 0; i < 8; i++) {
            assertEquals(-1, eta(frames.get(i)), frames.get(i));
        }
        long shown = eta(frames.get(8));
        double truth = (finishes.get(99).nanos() - finishes.get(8).nanos()) / (double) S;
        assertTrue(shown >= 0 && Math.abs(shown - truth) <= 1, frames.get(8) + " against " + truth + " s left");
    }

    @Test
    void plainLines_sayEtaUnknownFirst_andEndAtZero() {
        List<String> lines = frames(pool(20, 1, 3.0, 0.5), 1, false);
        assertEquals("sweep: 1/20 runs done, 0:03 elapsed, ETA --:--", lines.get(0));
        assertEquals("sweep: 20/20 runs done, 0:13 elapsed, ETA 0:00", lines.get(lines.size() - 1));
        assertEquals(11, lines.size(), "a line every tenth of the way: " + lines);
    }

    @Test
    void threshold_isThreeRuns_oneAJob_and2PercentOfAll() {
        assertEquals(3, new Eta(22, 2).threshold());
        assertEquals(8, new Eta(100, 8).threshold());
        assertEquals(20, new Eta(1000, 2).threshold());
        assertEquals(5, new Eta(5, 8).threshold(), "never more than the runs there are");
    }

    @Test
    void secondsLeft_isTheWarmRunsMean_sharedAmongTheJobs() {
        Eta eta = new Eta(10, 2);
        eta.runDone(5, true);
        eta.runDone(5, true);
        eta.runDone(1, false);
        assertEquals(OptionalDouble.empty(), new Eta(10, 2).secondsLeft());
        assertEquals(7 * 1.0 / 2, eta.secondsLeft().getAsDouble(), 1e-9, "7 runs of 1 s on 2 jobs");
        eta.runDone(2, false);
        assertEquals(6 * 1.5 / 2, eta.secondsLeft().getAsDouble(), 1e-9);
        for (int i = 0; i < 5; i++) {
            eta.runDone(1.5, false);
        }
        assertEquals(1.5, eta.secondsLeft().getAsDouble(), 1e-9, "the last run alone, on one job");
        eta.runDone(1.5, false);
        assertEquals(0, eta.secondsLeft().getAsDouble());
    }
}
