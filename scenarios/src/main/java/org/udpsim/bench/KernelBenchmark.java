package org.udpsim.bench;

import java.util.Locale;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.udpsim.kernel.Simulation;

/**
 * The kernel's schedule-and-dispatch rate beside a bare {@link PriorityQueue} loop running the same events.
 *
 * <p>Both run the classic "hold" workload: a steady population of pending events; each event, when it runs,
 * schedules one new event a pseudo-random delay later (the same delay sequence for both). The two are run in turn,
 * several rounds after a warm-up, and the best round of each is compared, so both have had the same chance to be
 * compiled and the ratio holds when the machine's speed drifts.
 */
public final class KernelBenchmark {
    /** What one comparison measured. */
    public record Result(double kernelEventsPerSecond, double heapLoopEventsPerSecond) {
        public double ratio() {
            return kernelEventsPerSecond / heapLoopEventsPerSecond;
        }

        public String line() {
            return String.format(Locale.ROOT, "kernel_events_per_s=%.0f heap_loop_events_per_s=%.0f ratio=%.3f",
                    kernelEventsPerSecond, heapLoopEventsPerSecond, ratio());
        }
    }

    private final int population;
    private final int events;
    private final int rounds;
    private final long[] delays;

    public KernelBenchmark(int population, int events, int rounds) {
        if (population < 1 || events < population || rounds < 1) {
            throw new IllegalArgumentException("need population >= 1, events >= population, rounds >= 1; was "
                    + population + ", " + events + ", " + rounds);
        }
        this.population = population;
        this.events = events;
        this.rounds = rounds;
        this.delays = new long[1 << 16];
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < delays.length; i++) {
            delays[i] = 1 + r.nextLong(1_000_000L);
        }
    }

    public Result run() {
        double bestKernel = 0;
        double bestLoop = 0;
        for (int round = -2; round < rounds; round++) { // two warm-up rounds
            double k = events / timeKernel();
            double l = events / timeHeapLoop();
            if (round >= 0) {
                bestKernel = Math.max(bestKernel, k);
                bestLoop = Math.max(bestLoop, l);
            }
        }
        return new Result(bestKernel, bestLoop);
    }

    /** A counter shared by the scheduled actions of one kernel run. */
    private final class HoldModel implements Runnable {
        private final Simulation sim;
        private int next;
        private int remaining;

        HoldModel(Simulation sim, int remaining) {
            this.sim = sim;
            this.remaining = remaining;
        }

        @Override
        public void run() {
            if (remaining > 0) {
                remaining--;
                sim.schedule(delays[next++ & (delays.length - 1)], this);
            }
        }
    }

    private double timeKernel() {
        try (Simulation sim = new Simulation(1)) {
            HoldModel model = new HoldModel(sim, events - population);
            for (int i = 0; i < population; i++) {
                sim.schedule(delays[model.next++ & (delays.length - 1)], model);
            }
            long t0 = System.nanoTime();
            sim.run();
            double s = (System.nanoTime() - t0) / 1e9;
            if (sim.eventsDispatched() != events) {
                throw new IllegalStateException("kernel ran " + sim.eventsDispatched() + " events, expected " + events);
            }
            return s;
        }
    }

    /** The bare loop's event: ordered by (time, sequence) with a plain compareTo, no comparator chain. */
    private static final class LoopEvent implements Comparable<LoopEvent> {
        final long time;
        final long seq;
        final Runnable action;

        LoopEvent(long time, long seq, Runnable action) {
            this.time = time;
            this.seq = seq;
            this.action = action;
        }

        @Override
        public int compareTo(LoopEvent o) {
            return time != o.time ? Long.compare(time, o.time) : Long.compare(seq, o.seq);
        }
    }

    private double timeHeapLoop() {
        PriorityQueue<LoopEvent> queue = new PriorityQueue<>();
        long[] clock = new long[3]; // now, next sequence, next delay index
        int[] remaining = {events - population};
        Runnable[] action = new Runnable[1];
        action[0] = () -> {
            if (remaining[0] > 0) {
                remaining[0]--;
                queue.add(new LoopEvent(clock[0] + delays[(int) (clock[2]++ & (delays.length - 1))], clock[1]++, action[0]));
            }
        };
        for (int i = 0; i < population; i++) {
            queue.add(new LoopEvent(delays[(int) (clock[2]++ & (delays.length - 1))], clock[1]++, action[0]));
        }
        long dispatched = 0;
        long t0 = System.nanoTime();
        LoopEvent e;
        while ((e = queue.poll()) != null) {
            clock[0] = e.time;
            dispatched++;
            e.action.run();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        if (dispatched != events) {
            throw new IllegalStateException("heap loop ran " + dispatched + " events, expected " + events);
        }
        return s;
    }
}
