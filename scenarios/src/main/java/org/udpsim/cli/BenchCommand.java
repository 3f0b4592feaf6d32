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
            description = {"N clients on 100 Mbit/s 2 ms links (10 %% random loss towards the router) each send a",
                    "64-byte datagram every 10 ms for D simulated seconds to a server behind a 1 Gbit/s 1 ms link.",
                    "Prints: sent delivered events wall_s datagrams_per_s events_per_s peak_heap_mb"})
    static final class UdpFlood implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--clients", defaultValue = "50", description = "number of clients N (default ${DEFAULT-VALUE})")
        int clients;

        @Option(names = "--seconds", defaultValue = "60", description = "simulated seconds D (default ${DEFAULT-VALUE})")
        double seconds;

        @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--warmup-runs", defaultValue = "1",
                description = "runs of the same workload first, unmeasured, so that the measured run is compiled "
                        + "code as in a long simulation; 0-10 (default ${DEFAULT-VALUE})")
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
            description = {"The kernel's schedule+dispatch rate beside a bare java.util.PriorityQueue loop of the",
                    "same events, measured in the same run. Prints: kernel_events_per_s heap_loop_events_per_s ratio"})
    static final class Kernel implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--population", defaultValue = "10000",
                description = "events pending at any time (default ${DEFAULT-VALUE})")
        int population;

        @Option(names = "--events", defaultValue = "5000000",
                description = "events dispatched per round (default ${DEFAULT-VALUE})")
        int events;

        @Option(names = "--rounds", defaultValue = "5", description = "measured rounds (default ${DEFAULT-VALUE})")
        int rounds;

        @Override
        public Integer call() {
            KernelBenchmark.Result r = new KernelBenchmark(population, events, rounds).run();
            spec.commandLine().getOut().println(r.line());
            return Main.EXIT_OK;
        }
    }

    @Command(name = "python", mixinStandardHelpOptions = true,
            description = {"What lesson programs in GraalPy cost: time from the JVM's start to a program's first line",
                    "(run it in a fresh JVM), wall time and heap per further board, and the extra wall time of a",
                    "blocking call (sleep_ms) made from Python instead of Java. Prints: first_line_ms engine_ms",
                    "boards boards_ms per_board_ms heap_mb_per_board calls blocking_call_us python_call_us java_call_us"})
    static final class Python implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--boards", defaultValue = "40", description = "boards started together (default ${DEFAULT-VALUE})")
        int boards;

        @Option(names = "--calls", defaultValue = "20000",
                description = "blocking calls timed, from Python and from Java (default ${DEFAULT-VALUE})")
        int calls;

        @Override
        public Integer call() {
            PythonBenchmark.Result r = new PythonBenchmark(boards, calls).run();
            spec.commandLine().getOut().println(r.line());
            return Main.EXIT_OK;
        }
    }
}
