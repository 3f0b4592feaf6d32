package org.udpsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.udpsim.bench.KernelBenchmark;
import org.udpsim.bench.PythonBenchmark;
import org.udpsim.bench.ServeBenchmark;
import org.udpsim.bench.UdpFloodBenchmark;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.Lang;
import org.udpsim.serve.WhatIfServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code udpsim bench}: the benchmarks that measure the simulator itself. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the simulator's speed and memory.",
        subcommands = {BenchCommand.UdpFlood.class, BenchCommand.Kernel.class, BenchCommand.Python.class,
                BenchCommand.Serve.class})
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

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Measure how long udpsim serve takes to show a changed control.",
                    "For each scenario it starts the server on a free port of 127.0.0.1 in this process, then changes "
                            + "the loss control as the page does (every control's value posted to /run) and times "
                            + "each change until the new run's view data has arrived; the first changes warm up and "
                            + "are not counted.",
                    "It prints one line per scenario of name=value fields: scenario, control, start_ms, changes, "
                            + "min_ms, median_ms, max_ms (wall time), cpu_median_ms (the process's CPU time on "
                            + "every thread during a change), data_kb (the answer's size) and load (the system's "
                            + "load average: other processes slow the wall times down)."})
    static final class Serve implements Callable<Integer> {
        /** Where the default scenarios are, from the folder udpsim is run in. */
        static final Path LESSONS = Path.of("scenarios", "lessons");

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "SCENARIO", arity = "0..*",
                description = "The scenario files (default: scenarios/lessons/10.4-udp*.yaml and udp-vs-tcp.yaml).")
        List<Path> files;

        @Option(names = "--warmup", paramLabel = "N", defaultValue = "10",
                description = "Changes made first, not counted (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--changes", paramLabel = "N", defaultValue = "20",
                description = "Changes measured per scenario (default: ${DEFAULT-VALUE}).")
        int changes;

        @Option(names = "--pause", paramLabel = "MS", defaultValue = "0",
                description = "Milliseconds between an answer and the next change, as a class looks at the run "
                        + "(default: ${DEFAULT-VALUE}, one change right after another).")
        long pause;

        @Override
        public Integer call() throws Exception {
            List<Path> scenarios = files;
            if (scenarios == null || scenarios.isEmpty()) {
                if (!Files.isDirectory(LESSONS)) {
                    throw new UserError("no scenario named and no " + LESSONS + " here: name the scenario files");
                }
                scenarios = ServeBenchmark.defaultScenarios(LESSONS);
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ServeBenchmark bench = new ServeBenchmark(file -> started(file, err), warmup, changes, pause);
            for (Path file : scenarios) {
                out.println(bench.run(file).line());
                out.flush();
            }
            return Main.EXIT_OK;
        }

        private static WhatIfServer started(Path file, PrintWriter err) throws java.io.IOException {
            WhatIfServer server = ServeCommand.start(file, 0, Labels.of(Lang.EN), err);
            if (server == null) {
                throw new UserError(file + ": the scenario as written is refused when it runs");
            }
            return server;
        }
    }
}
