package org.udpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.Lang;
import org.udpsim.python.PythonRuntime;
import org.udpsim.run.ScenarioRun;
import org.udpsim.scenario.Scenario;
import org.udpsim.serve.Refused;
import org.udpsim.serve.Rerun;
import org.udpsim.serve.WhatIfControls;
import org.udpsim.serve.WhatIfServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code udpsim serve SCENARIO}: the view of a scenario's run in the browser, with a control for each impairment. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Watch a scenario run and ask what if: a local web page with the view of its run and, beside "
                + "it, a control for each impairment (every netem option of each hop and access point radio), each "
                + "access point's retries and the seed.", "",
                "Changing one runs the scenario again in this process, and the view shows the new run at the same "
                        + "moment of the lesson. A value the scenario refuses is shown as the line udpsim run prints "
                        + "for it with the same --set, and the previous run stays. A comparison (compare: [udp, "
                        + "tcp]) shows both runs on one clock.", "",
                "The server answers on 127.0.0.1 only, and only to pages of its own. Ctrl-C stops it and removes "
                        + "its temporary files."})
public final class ServeCommand implements Callable<Integer> {
    /** The port used when {@code --port} is not given. */
    static final int DEFAULT_PORT = 8080;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    Path file;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
            description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
            description = "The page's language: en or zh (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        WhatIfServer server = start(file, port, Labels.of(Lang.of(lang)), spec.commandLine().getErr());
        if (server == null) {
            return Main.EXIT_USAGE;
        }
        out.println("serving " + file + " at " + server.uri() + "  (Ctrl-C stops)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                out.println("udpsim serve: stopped; removed " + server.temporaryFolder());
            } catch (IOException e) {
                out.println("udpsim serve: stopped; could not remove " + server.temporaryFolder() + ": " + e);
            }
            out.flush();
            stopped.countDown();
        }, "udpsim-serve-stop"));
        stopped.await();
        return Main.EXIT_OK;
    }

    /**
     * Checks the scenario as {@code udpsim run} does, binds the port and runs it once; a mistake is printed to
     * {@code err} as the command line prints it (and null returned), a scenario's problems are thrown as they are.
     */
    public static WhatIfServer start(Path file, int port, Labels labels, PrintWriter err) throws IOException {
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be 0-65535, was " + port);
        }
        ScenarioOptions options = new ScenarioOptions();
        options.file = file;
        Scenario scenario = options.load();
        WhatIfControls controls = WhatIfControls.of(scenario, Files.readString(file));
        try {
            return WhatIfServer.start(file, controls, rerun(file), labels, port);
        } catch (BindException e) {
            throw new UserError("port " + port + " is in use on 127.0.0.1: choose another with --port N"
                    + " (--port 0 picks a free one)");
        } catch (Refused r) {
            r.lines().forEach(err::println);
            err.flush();
            return null;
        }
    }

    /**
     * Loads and runs {@code file} with arguments as {@code udpsim run FILE ARGUMENTS...} does, without the OLED
     * pictures (the served view takes the frames' pixels from the run's extras).
     */
    public static Rerun rerun(Path file) {
        return (arguments, out, extras) -> {
            Arguments parsed = new Arguments();
            List<String> all = new ArrayList<>(List.of(file.toString()));
            all.addAll(arguments);
            try {
                new CommandLine(parsed).parseArgs(all.toArray(String[]::new));
            } catch (CommandLine.ParameterException e) {
                throw new Refused(List.of(e.getMessage()));
            }
            try {
                Scenario s = parsed.scenario.load();
                try {
                    // no OLED pictures: only the view reads the folder, and it takes the pixels from extras
                    ScenarioRun.run(s, out, new ScenarioRun.Options(ScenarioRun.reproduce(s,
                            parsed.scenario.reproduceOptions()), null, extras, ScenarioRun.Progress.NONE, false));
                    // the next change runs it again: its Python boards' contexts are made meanwhile
                    int python = (int) s.boards().stream().filter(b -> b.python().isPresent()).count();
                    if (python > 0) {
                        PythonRuntime.shared().keepSpares(python);
                    }
                } catch (IllegalArgumentException e) {
                    throw new UserError(file + ": " + e.getMessage());
                }
                return ScenarioRun.reproduce(s, parsed.scenario.reproduceOptions());
            } catch (RuntimeException e) {
                List<String> lines = Main.userLines(e);
                if (lines == null) {
                    throw e;
                }
                throw new Refused(lines);
            }
        };
    }

    /** The arguments {@code udpsim run} reads a scenario with. */
    @Command(name = "run")
    static final class Arguments {
        @Mixin
        ScenarioOptions scenario = new ScenarioOptions();
    }
}
