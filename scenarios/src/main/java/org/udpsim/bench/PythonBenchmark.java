package org.udpsim.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.udpsim.board.Board;
import org.udpsim.board.BoardConfig;
import org.udpsim.board.LessonProgram;
import org.udpsim.kernel.SimTime;
import org.udpsim.kernel.Simulation;
import org.udpsim.net.Network;
import org.udpsim.python.PythonRuntime;
import org.udpsim.trace.ConsoleLine;
import org.udpsim.wifi.WifiEnvironment;

/**
 * What running lesson programs in GraalPy costs: the time from the JVM's start to a program's first printed line
 * (meaningful as the first thing a fresh JVM does), the wall time and heap each further board takes, and the extra
 * wall time of a blocking call made from Python rather than from Java.
 */
public final class PythonBenchmark {
    /** What one run measured. */
    public record Result(long firstLineMs, long engineMs, int boards, long boardsMs, double heapMbPerBoard,
            int calls, double pythonCallUs, double javaCallUs) {
        /** The one line the CLI prints. */
        public String line() {
            return String.format(Locale.ROOT, "first_line_ms=%d engine_ms=%d boards=%d boards_ms=%d per_board_ms=%.0f"
                    + " heap_mb_per_board=%.1f calls=%d blocking_call_us=%.1f python_call_us=%.1f java_call_us=%.1f",
                    firstLineMs, engineMs, boards, boardsMs, boardsMs / (double) boards, heapMbPerBoard, calls,
                    pythonCallUs - javaCallUs, pythonCallUs, javaCallUs);
        }
    }

    private final int boards;
    private final int calls;

    public PythonBenchmark(int boards, int calls) {
        if (boards < 1 || boards > 1000) {
            throw new IllegalArgumentException("--boards must be 1-1000, was " + boards);
        }
        if (calls < 1 || calls > 10_000_000) {
            throw new IllegalArgumentException("--calls must be 1-10000000, was " + calls);
        }
        this.boards = boards;
        this.calls = calls;
    }

    public Result run() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.currentTimeMillis();
        try (PythonRuntime runtime = new PythonRuntime(PythonRuntime.DEFAULT_STEP_BUDGET)) {
            long engineMs = System.currentTimeMillis() - t0;
            long firstLine = firstLine(runtime) - jvmStart;

            long before = usedHeap();
            AtomicInteger ready = new AtomicInteger();
            long boardsMs;
            try (Bench b = new Bench(ready, null)) {
                runtime.prepare(boards);
                long s = System.currentTimeMillis();
                for (int i = 0; i < boards; i++) {
                    b.board("b" + i, runtime.program("ready.py", "import time\nprint('ready')\ntime.sleep(3600)\n"));
                }
                b.sim.runUntil(SimTime.seconds(1));
                boardsMs = System.currentTimeMillis() - s;
                if (ready.get() != boards) {
                    throw new IllegalStateException("only " + ready.get() + " of " + boards + " boards started");
                }
                double heapMb = (usedHeap() - before) / (1024.0 * 1024.0) / boards;
                String loop = "import time\nfor i in range(" + calls + "):\n    time.sleep_ms(1)\n";
                LessonProgram java = board -> {
                    for (int i = 0; i < calls; i++) {
                        board.sleep_ms(1);
                    }
                };
                callUs(runtime.program("loop.py", loop));  // warm-up of both
                callUs(java);
                double py = callUs(runtime.program("loop.py", loop));
                double jv = callUs(java);
                return new Result(firstLine, engineMs, boards, boardsMs, heapMb, calls, py, jv);
            }
        }
    }

    /** The wall-clock time (ms since the epoch) at which one board's first printed line appears. */
    private static long firstLine(PythonRuntime runtime) {
        AtomicLong at = new AtomicLong();
        try (Bench b = new Bench(new AtomicInteger(), at)) {
            b.board("first", runtime.program("hello.py", "print('hello')\n"));
            b.sim.runUntil(SimTime.seconds(1));
        }
        return at.get();
    }

    /** The wall time per blocking call of {@code program}, which makes {@link #calls} of them. */
    private double callUs(LessonProgram program) {
        try (Bench b = new Bench(new AtomicInteger(), null)) {
            b.board("loop", program);
            long s = System.nanoTime();
            b.sim.runUntil(SimTime.seconds(calls / 1000.0 + 1));
            return (System.nanoTime() - s) / 1e3 / calls;
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Boards without a network to join: the programs only print and wait. */
    private static final class Bench implements AutoCloseable {
        final Simulation sim = new Simulation(1);
        final Network net = new Network(sim);
        final WifiEnvironment wifi = new WifiEnvironment(net);

        Bench(AtomicInteger lines, AtomicLong firstAt) {
            net.trace().addListener(r -> {
                if (r instanceof ConsoleLine) {
                    if (firstAt != null && firstAt.get() == 0) {
                        firstAt.set(System.currentTimeMillis());
                    }
                    lines.incrementAndGet();
                }
            });
        }

        void board(String name, LessonProgram program) {
            new Board(net, wifi, name, BoardConfig.DEFAULT).start(0, name, program);
        }

        @Override
        public void close() {
            sim.close();
        }
    }
}
