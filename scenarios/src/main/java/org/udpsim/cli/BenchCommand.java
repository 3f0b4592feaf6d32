package org.udpsim.cli;

import java.util.concurrent.Callable;
import org.udpsim.bench.KernelBenchmark;
import org.udpsim.bench.PythonBenchmark;
import org.udpsim.bench.UdpFloodBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code udpsim bench}: the benchmarks that measure the simulator itself. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the simulator's speed and memory.",
        subcommands = {BenchCommand.UdpFlood.class, BenchCommand.Kernel.class, BenchCommand.Python.class})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Bare {@code udpsim bench}, no benchmark named: the usage, on the error stream, and exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.EXIT_USAGE;
    }

    @Command(name = "udp-flood", mixinStandardHelpOptions = true,
            description = {"Measure how fast N UDP clients flood one server for D simulated seconds.",
                    "Each client, behind a 100 Mbit/s 2 ms link with 10 %% random loss towards the router, sends a "
                            + "64-byte datagram every 10 ms to a server behind a 1 Gbit/s 1 ms link.",
                    "It prints one line of name=value fields: sent, delivered, events, wall_s, datagrams_per_s, "
                            + "events_per_s and peak_heap_mb."})
    static final class UdpFlood implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--clients", paramLabel = "N", defaultValue = "50",
                description = "The number of clients N (default: ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--seconds", paramLabel = "D", defaultValue = "60",
                description = "The simulated seconds D (default: ${DEFAULT-VALUE}).")
        double seconds;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
                description = "The random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--warmup-runs", paramLabel = "R", defaultValue = "1",
                description = "Runs of the same workload first, unmeasured, so that the measured run is compiled "
                        + "code as in a long simulation: 0 to 10 (default: ${DEFAULT-VALUE}).")
        int warmupRuns;

        @Override
        public Integer call() throws Exception {
            if (warmupRuns < 0 || warmupRuns > 10) {
                throw new UserError("--warmup-runs must be 0-10, was " + warmupRuns);
            }
            UdpFloodBenchmark bench = new UdpFloodBenchmark(clients, seconds, seed);
            for (int i = 0; i < warmupRuns; i++) {
                bench.run();
            }
            UdpFloodBenchmark.Result r = bench.run();
            spec.commandLine().getOut().println(r.line());
            return Main.EXIT_OK;
        }
    }

    @Command(name = "kernel", mixinStandardHelpOptions = true,
            description = {"Measure the kernel's schedule and dispatch rate beside a bare loop over Java's "
                    + "PriorityQueue with the same events, in the same run.",
                    "It prints one line of name=value fields: kernel_events_per_s, heap_loop_events_per_s and ratio."})
    static final class Kernel implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--population", paramLabel = "N", defaultValue = "10000",
                description = "The events pending at any time (default: ${DEFAULT-VALUE}).")
        int population;

        @Option(names = "--events", paramLabel = "N", defaultValue = "5000000",
                description = "The events dispatched per round (default: ${DEFAULT-VALUE}).")
        int events;

        @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
                description = "The measured rounds (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Override
        public Integer call() {
            KernelBenchmark.Result r = new KernelBenchmark(population, events, rounds).run();
            spec.commandLine().getOut().println(r.line());
            return Main.EXIT_OK;
        }
    }

    @Command(name = "python", mixinStandardHelpOptions = true,
            description = {"Measure what lesson programs cost in GraalPy.",
                    "It measures the time from the JVM's start to a program's first line (run it in a fresh JVM), the "
                            + "wall time and heap of each further board, and the extra wall time of a blocking call "
                            + "(sleep_ms) made from Python instead of Java.",
                    "It prints one line of name=value fields: first_line_ms, engine_ms, boards, boards_ms, "
                            + "per_board_ms, heap_mb_per_board, calls, blocking_call_us, python_call_us and "
                            + "java_call_us."})
    static final class Python implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--boards", paramLabel = "N", defaultValue = "40",
                description = "The boards started together (default: ${DEFAULT-VALUE}).")
        int boards;

        @Option(names = "--calls", paramLabel = "N", defaultValue = "20000",
                description = "The blocking calls timed, from Python and from Java (default: ${DEFAULT-VALUE}).")
        int calls;

        @Override
        public Integer call() {
            PythonBenchmark.Result r = new PythonBenchmark(boards, calls).run();
            spec.commandLine().getOut().println(r.line());
            return Main.EXIT_OK;
        }
    }
}
