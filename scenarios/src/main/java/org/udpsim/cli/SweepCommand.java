package org.udpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.udpsim.scenario.Overrides;
import org.udpsim.sweep.Progress;
import org.udpsim.sweep.Shard;
import org.udpsim.sweep.SweepFiles;
import org.udpsim.sweep.SweepItem;
import org.udpsim.sweep.SweepPlan;
import org.udpsim.sweep.SweepRunner;
import org.udpsim.sweep.Variation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code udpsim sweep FILE --vary PATH=FROM..TO:STEP --replications R}: a scenario over a grid, many times. A netem
 * text is varied through a template: {@code --vary 'impairments.0.netem=loss {}% delay 20ms:0..50:5'}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a scenario at every point of a grid of values, R times each (seeds",
                "seed..seed+R-1), in parallel, and write sweep.csv (n, mean, sd and 95 %% interval",
                "of the mean of delivered share, in-order share, delay and time to first",
                "delivery, per point and protocol; the interval is a percentile bootstrap, so",
                "it stays within what runs can measure), sweep.json and items.csv. The same",
                "results with any --jobs, sharded or not: run --shard K/N on N machines, then",
                "merge.",
                "",
                "--vary takes one of two forms:",
                "  PATH=FROM..TO:STEP      a number with its unit, e.g.",
                "                          impairments.0.loss=0%%..50%%:5%%",
                "                          boards.pupils.count=1..30:1",
                "  PATH=TEXT:FROM..TO:STEP a number inside a text (a netem string): {} in TEXT",
                "                          is where it goes, e.g.",
                "                          'impairments.0.netem=loss {}%% delay 20ms:0..50:5'",
                "                          sets \"loss 0%% delay 20ms\", \"loss 5%% delay 20ms\", ...",
                "                          The numbers take no unit: TEXT writes it after {}.",
                "                          Quote the whole option for the shell.",
                "Several --vary make a grid; the first is the charts' x axis."},
        footer = {"", "Example:", "  udpsim sweep lessons/udp-vs-tcp.yaml \\",
                "      --vary 'impairments.0.loss=0%%..50%%:5%%' --replications 30 --out sweep"})
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the scenario file")
    Path file;

    @Option(names = "--vary", paramLabel = "PATH=FROM..TO:STEP", required = true,
            description = "a value to vary (see above; repeatable: a grid)")
    List<String> vary = new ArrayList<>();

    @Option(names = "--replications", paramLabel = "R", required = true, description = "runs per point, at least 2")
    int replications;

    @Option(names = "--jobs", paramLabel = "J", description = "parallel runs (default: the number of cores)")
    Integer jobs;

    @Option(names = "--shard", paramLabel = "K/N", description = "run only part K of N (default 1/1)")
    String shard = "1/1";

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "change one value of the file (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the output folder")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such scenario file");
        }
        List<Variation> variations = new ArrayList<>();
        for (String v : vary) {
            variations.add(Variation.parse(v));
        }
        Shard part = Shard.parse(shard);
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new UserError("--jobs must be at least 1, was " + threads);
        }
        SweepPlan plan = new SweepPlan(file, new Overrides(OptionalLong.empty(), Optional.empty(), List.copyOf(sets)),
                variations, replications);
        PrintWriter err = spec.commandLine().getErr();
        int mine = 0;
        for (int run = 0; run < plan.runs(); run++) {
            mine += part.owns(run) ? 1 : 0;
        }
        err.printf("sweep %s: %d points x %d replications = %d runs%s, %d jobs%n", file, plan.points().size(),
                replications, plan.runs(), part.isAll() ? "" : " (shard " + part + ": " + mine + " runs)", threads);
        Progress progress = new Progress(err, System.console() != null, mine);
        long t0 = System.nanoTime();
        List<SweepItem> items = SweepRunner.run(plan, threads, part, progress);
        SweepFiles.write(out, SweepFiles.Meta.of(plan, file.getFileName().toString(),
                reproduce(file, vary, replications, sets), part), plan.points(), items);
        spec.commandLine().getOut().printf("wrote %s (%d runs in %.1f s)%n", out, mine, (System.nanoTime() - t0) / 1e9);
        return Main.EXIT_OK;
    }

    /**
     * The command that runs the same sweep again: the file, every {@code --vary}, {@code --replications} and
     * every {@code --set} as given. {@code --jobs}, {@code --shard} and {@code --out} are left out: they change
     * where and how fast, not what, so a shard's command is the whole sweep's.
     */
    static String reproduce(Path file, List<String> vary, int replications, List<String> sets) {
        StringBuilder sb = new StringBuilder("udpsim sweep ").append(quote(file.toString()));
        for (String v : vary) {
            sb.append(" --vary ").append(quote(v));
        }
        sb.append(" --replications ").append(replications);
        for (String s : sets) {
            sb.append(" --set ").append(quote(s));
        }
        return sb.toString();
    }

    /** {@code arg} as a POSIX shell reads it: as it is if safe, else in single quotes. */
    static String quote(String arg) {
        return arg.matches("[A-Za-z0-9_./=:@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
