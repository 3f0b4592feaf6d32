package org.udpsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.text.ReportException;
import org.udpsim.reports.text.ReportOptions;
import org.udpsim.reports.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code udpsim report DIR}: the charts and the HTML report of a run or a sweep folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Make the pictures for the lesson from a run folder or a sweep folder.", "",
                "It writes charts/<name>.svg and .png into the folder, and one self-contained report.html to project "
                        + "in class or hand out: it opens with no network, the charts inline and the OLED frames as "
                        + "images inside the page.", "",
                "Of a run (written by udpsim run), the page shows the network and its impairments (in words and as "
                        + "netem lines), the teaching points, the summary, a ladder diagram of the first packets (a "
                        + "lost packet ends in a cross where it died; TCP's SYN, SYN-ACK, ACK, data, retransmissions "
                        + "and FIN named), the order of arrival, one-way delay over time and its distribution, "
                        + "messages delivered over time, drops by reason and place, each board's OLED frames next to "
                        + "the packets that caused them, the consoles, and the command that reproduces the run.", "",
                "Of a sweep (written by udpsim sweep; its sweep.json), it shows delivered share, in-order share, time "
                        + "to first delivery and one-way delay against the varied value (the loss rate), UDP beside "
                        + "TCP, each mean with its 95 %% confidence band.", "",
                "Nothing partial is written: the page and the charts appear together or not at all. A folder that is "
                        + "no run or sweep, or one written by an older udpsim, is refused (exit 2)."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_OR_SWEEP_DIR", description = "The folder of a run or a sweep.")
    Path dir;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
            description = "The labels' language: en (English) or zh (Chinese) (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--flow", paramLabel = "WORDS",
            description = {"The flow the per-flow charts show, named by words that must all match it: its protocol, "
                    + "either end's node, address or address:port, e.g. --flow udp or --flow 'client server:6000'.",
                    "Default: the busiest flow of each protocol."})
    String flow;

    @Override
    public Integer call() throws IOException {
        try {
            Path written = Reports.write(dir, new ReportOptions(Lang.of(lang), flow));
            spec.commandLine().getOut().println("wrote " + written);
        } catch (ReportException e) {
            throw new UserError(e.getMessage());
        }
        return Main.EXIT_OK;
    }
}
