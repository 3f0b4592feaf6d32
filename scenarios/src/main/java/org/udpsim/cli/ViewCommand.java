package org.udpsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.text.ReportException;
import org.udpsim.reports.view.ViewPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code udpsim view RUN_DIR}: the run played back, step by step, in one self-contained page. */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = {"Watch a run happen: one self-contained view.html that plays the run in the browser.", "",
                "The page shows the network with every packet moving along its hops at its simulated times, each "
                        + "drop where it happened with its reason, copies and packets that overtook others; every "
                        + "board's OLED as it was at that moment and its console up to then. Play, pause, step from "
                        + "event to event (space, arrow keys), choose a speed from 1/1000x to 100x, or drag the "
                        + "timeline; the address ends in #t=SECONDS, to bookmark a moment. Click a packet for its "
                        + "IPv4, UDP or TCP header, its payload and its way hop by hop.", "",
                "Of a comparison folder (compare: [udp, tcp]) it plays the runs side by side on one clock. The page "
                        + "opens from the disk with no network. udpsim run --report writes it beside report.html.",
                "", "A folder that is no run is refused (exit 2), and nothing is written."})
final class ViewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "The folder of a run or a comparison.")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE", description = "The page to write (default: RUN_DIR/view.html).")
    Path out;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
            description = "The labels' language: en (English) or zh (Chinese) (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() throws IOException {
        try {
            Lang language = Lang.of(lang);
            Path written = ViewPage.write(dir, out == null ? dir.resolve(ViewPage.FILE) : out, language);
            spec.commandLine().getOut().println("wrote " + written);
        } catch (ReportException e) {
            throw new UserError(e.getMessage());
        }
        return Main.EXIT_OK;
    }
}
