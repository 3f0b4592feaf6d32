package org.udpsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import org.udpsim.check.RunOutcomes;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.text.ReportException;
import org.udpsim.reports.text.ReportOptions;
import org.udpsim.run.ScenarioRun;
import org.udpsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code udpsim run FILE}: runs a scenario, prints its summary and writes its output folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario and write what happened to an output folder.", "",
                "The folder holds summary.json, run.json, trace.jsonl, console/<board>.txt, "
                        + "oled/<board>/frame-NNNN.png, oled/<board>/frames.jsonl, oled/<board>.gif, "
                        + "capture/<node>.pcap (Wireshark opens them) and expectations.json, the teaching points this "
                        + "one run decides (udpsim check decides them all). With --report it also holds the charts and "
                        + "report.html (see udpsim report --help).", "",
                "The folder appears only when complete. On a terminal, a bar shows how much of the simulated time "
                        + "has run (a comparison, compare: [udp, tcp], fills it once per protocol)."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "The output folder (default: runs/<scenario file name>).")
    Path out;

    @Option(names = "--report", description = "Also write the charts and report.html into the output folder.")
    boolean report;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
            description = "The report's language: en or zh (default: ${DEFAULT-VALUE}).")
    String lang;

    /** The exit code of a run stopped by Ctrl-C, as a shell gives it: 128 + SIGINT. */
    static final int EXIT_INTERRUPTED = 130;

    /**
     * Runs the scenario. Every way it can stop early leaves no output folder, hidden or not: a mistake found before
     * it runs writes nothing, and a run stopped after it began (Ctrl-C or SIGTERM, a value its world refuses, a
     * failed write such as a full disk, an error in udpsim) deletes its temporary folder before the one line that
     * says why.
     */
    @Override
    public Integer call() throws IOException {
        Scenario s = scenario.load();
        ScenarioOptions.printWarnings(s, spec.commandLine().getErr());
        Path dir = out != null ? out : Path.of("runs", stem(scenario.file));
        String summary;
        // the bar only on a terminal: piped, the output is the same as without it
        RunProgressBar bar = System.console() != null ? new RunProgressBar(spec.commandLine().getErr()) : null;
        try (RunInterruption interruption = RunInterruption.install(dir, spec.commandLine().getErr())) {
            try {
                ReportOptions reportOptions = report ? new ReportOptions(Lang.of(lang), null) : null;
                summary = ScenarioRun.run(s, dir, new ScenarioRun.Options(
                        ScenarioRun.reproduce(s, scenario.reproduceOptions()), reportOptions,
                        List.of(new RunOutcomes(s)), interruption.progress(bar == null ? (now, end) -> { } : bar)));
            } catch (RunInterruption.Interrupted e) {
                if (bar != null) {
                    bar.finish();
                    bar = null;
                }
                spec.commandLine().getErr().println(e.line());
                spec.commandLine().getErr().flush();
                return EXIT_INTERRUPTED;
            } catch (ReportException e) {
                throw new UserError(e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UserError(scenario.file + ": " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                IOException io = failedWrite(e);
                if (io == null) {
                    throw e;
                }
                String why = Main.fileProblem(io);
                if (why != null && why.startsWith(dir.toString())) {
                    throw new UserError(why); // the folder itself cannot be made: nothing was begun
                }
                throw new UserError("cannot write " + dir + ": " + (why == null ? io : why) + "; nothing written");
            } finally {
                if (bar != null) {
                    bar.finish();
                }
            }
        }
        spec.commandLine().getOut().print(summary);
        spec.commandLine().getOut().println();
        spec.commandLine().getOut().println("wrote " + dir);
        return Main.EXIT_OK;
    }

    /**
     * The failed write behind {@code e}, if it is one: an {@link IOException} itself, or the cause of an
     * {@link java.io.UncheckedIOException} however deep (a board's program that failed to write its console line
     * fails the run with it inside).
     */
    static IOException failedWrite(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.replaceFirst("\\.(ya?ml)$", "");
    }
}
