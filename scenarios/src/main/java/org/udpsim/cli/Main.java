package org.udpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import org.udpsim.scenario.ScenarioException;
import org.udpsim.scenario.ScenarioProblem;
import org.udpsim.scenario.Shown;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code udpsim} command line. Exit codes: 0 success, 2 a user's mistake (bad option, bad input), 1 an
 * internal error, 130 a run stopped by Ctrl-C (143 by SIGTERM), nothing written.
 */
@Command(name = "udpsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"A discrete-event network simulator for teaching UDP and TCP with the mPython board.", "",
                "Exit codes: 0 success, 2 a user's mistake (one line says where and what), 1 an internal error, "
                        + "130 a run stopped by Ctrl-C (nothing written). "
                        + "Without a command, udpsim prints this help and exits with 2."},
        subcommands = {RunCommand.class, ReportCommand.class, ViewCommand.class, ServeCommand.class,
                ValidateCommand.class, CheckCommand.class, SweepCommand.class, MergeCommand.class, BenchCommand.class, SchemaCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    /** Bare {@code udpsim}, no command: the usage, on the error stream, and exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_USAGE;
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, parsed) -> {
            // picocli's own handling, with a long value in the message cut
            PrintWriter w = ex.getCommandLine().getErr();
            w.println(Shown.cutLongWords(String.valueOf(ex.getMessage())));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, w)) {
                ex.getCommandLine().usage(w);
            }
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            List<String> lines = userLines(ex);
            if (lines != null) {
                lines.forEach(err::println);
                return EXIT_USAGE;
            }
            err.println("udpsim: internal error: " + ex);
            ex.printStackTrace(err);
            return EXIT_INTERNAL;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * What udpsim prints for {@code ex} if it is a user's mistake (exit code 2): each problem of a scenario as
     * {@code FILE:LINE:COL: what is wrong}, or one line {@code udpsim: what is wrong}; null if {@code ex} is an
     * internal error.
     */
    static List<String> userLines(Throwable ex) {
        if (ex instanceof ScenarioException se) {
            return se.problems().stream().map(ScenarioProblem::toString).toList();
        }
        String io = fileProblem(ex instanceof UncheckedIOException u ? u.getCause() : ex);
        if (io != null) {
            return List.of("udpsim: " + Shown.cutLongWords(io));
        }
        if (ex instanceof UserError || ex instanceof IllegalArgumentException) {
            return List.of("udpsim: " + Shown.cutLongWords(String.valueOf(ex.getMessage())));
        }
        return null;
    }

    /**
     * Every command, its help wrapped at the terminal's width on a terminal (picocli asks {@code stty}) and at 80
     * columns otherwise.
     */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }

    /**
     * What went wrong with a file or folder the user named (a path that does not exist, a file where a folder
     * should be, no permission), in one line; null if {@code t} is no such problem.
     */
    static String fileProblem(Throwable t) {
        if (t instanceof NoSuchFileException e) {
            return "no such file or folder: " + e.getFile();
        }
        if (t instanceof FileAlreadyExistsException e) {
            return e.getFile() + " exists and is not a folder";
        }
        if (t instanceof AccessDeniedException e) {
            return "permission denied: " + e.getFile();
        }
        if (t instanceof FileSystemException e) {
            return e.getFile() + ": " + (e.getReason() == null ? "cannot be used" : e.getReason());
        }
        if (t instanceof IOException e) {
            return e.getMessage();
        }
        return null;
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"udpsim " + (v == null ? "development" : v)};
        }
    }
}
