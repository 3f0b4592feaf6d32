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
        description = {"Run a scenario at every point of a grid of values, R times each, in parallel.", "",
                "The runs of every point use the seeds seed..seed+R-1, so points differ only by what varies. The sweep "
                        + "writes sweep.csv (n, mean, sd and the 95 %% interval of the mean of delivered share, in-order "
                        + "share, delay and time to first delivery, per point and protocol; the interval is a percentile "
                        + "bootstrap, so it stays within what runs can measure), sweep.json (the same, with what was "
                        + "varied and the command that reproduces the sweep) and items.csv.", "",
                "--vary takes a number with its unit, PATH=FROM..TO:STEP, e.g. impairments.0.loss=0%%..50%%:5%% or "
                        + "boards.pupils.count=1..30:1; or a number inside a text such as a netem string, "
                        + "PATH=TEXT:FROM..TO:STEP with {} in TEXT where the number goes: "
                        + "'impairments.0.netem=loss {}%% delay 20ms:0..50:5' sets \"loss 0%% delay 20ms\", "
                        + "\"loss 5%% delay 20ms\" and so on. The numbers then take no unit: TEXT writes it after {}. "
                        + "Quote the option for the shell. Several --vary make a grid; the first is the charts' x axis.",
                "",
                "The results are the same with any --jobs, sharded or not: run --shard K/N on N machines, then udpsim "
                        + "merge their folders. On a terminal, a bar shows the runs done and the time left."})
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file.")
    Path file;

    @Option(names = "--vary", paramLabel = "PATH=FROM..TO:STEP", required = true,
            description = "A value to vary: PATH=FROM..TO:STEP, or PATH=TEXT:FROM..TO:STEP with {} in TEXT (repeat "
                    + "it for a grid).")
    List<String> vary = new ArrayList<>();

    @Option(names = "--replications", paramLabel = "R", required = true, description = "Runs per point, at least 2.")
    int replications;

    @Option(names = "--jobs", paramLabel = "J", description = "Runs at a time (default: the number of cores).")
    Integer jobs;

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only part K of N (default: 1/1).")
    String shard = "1/1";

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Change one value of the file (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The output folder.")
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
        Progress progress = new Progress(err, System.console() != null, mine, threads);
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
