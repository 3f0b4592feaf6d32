package org.udpsim.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.udpsim.board.Board;
import org.udpsim.board.oled.Frame;
import org.udpsim.kernel.SimTime;
import org.udpsim.net.Node;
import org.udpsim.packet.Protocol;
import org.udpsim.reports.capture.CaptureListener;
import org.udpsim.reports.text.ReportOptions;
import org.udpsim.reports.report.Reports;
import org.udpsim.reports.report.RunReport;
import org.udpsim.reports.run.ConsoleFiles;
import org.udpsim.reports.run.OledFilms;
import org.udpsim.reports.run.OutputDirectory;
import org.udpsim.reports.run.RunInfoJson;
import org.udpsim.reports.summary.BoardSummary;
import org.udpsim.reports.summary.ComparisonSummary;
import org.udpsim.reports.summary.StreamStatistics;
import org.udpsim.reports.summary.StreamSummary;
import org.udpsim.reports.summary.SummaryText;
import org.udpsim.reports.summary.RunSummary;
import org.udpsim.reports.summary.SummaryBuilder;
import org.udpsim.reports.summary.SummaryJson;
import org.udpsim.scenario.Scenario;
import org.udpsim.trace.FlowStatistics;
import org.udpsim.trace.JsonLinesTraceWriter;
import org.udpsim.trace.ProgramEnded;
import org.udpsim.trace.TraceListener;
import org.udpsim.trace.TraceRecord;
import org.udpsim.transport.udp.UdpLayer;

/**
 * One run of a scenario, from its world to its output folder: {@code summary.json}, {@code trace.jsonl},
 * {@code console/<board>.txt}, {@code oled/<board>/frames.jsonl} and, unless left out
 * ({@link Options#pictures()}), {@code oled/<board>/frame-NNNN.png} and {@code oled/<board>.gif},
 * {@code capture/<node>.pcap}, {@code run.json}, and on request the report ({@code report.html}, {@code charts/}).
 * The folder appears only once everything is written.
 */
public final class ScenarioRun {
    private ScenarioRun() {
    }

    /**
     * How a run was asked for.
     *
     * @param command the command line that reproduces it, kept in {@code run.json}
     * @param report the report to write into the folder too, or null for none
     * @param extras what else the run computes and writes into its folder
     * @param progress told how far the simulated time has come as the run goes
     * @param pictures whether to write each OLED frame's picture and each board's GIF (a report shows them; the
     *     view reads only {@code frames.jsonl} and the frames' pixels, which {@code extras} can keep)
     */
    public record Options(String command, ReportOptions report, List<Extra> extras, Progress progress,
            boolean pictures) {
        public Options {
            extras = List.copyOf(extras);
            progress = progress == null ? Progress.NONE : progress;
            if (report != null && !pictures) {
                throw new IllegalArgumentException("a report shows the OLED pictures: a run with a report writes them");
            }
        }

        public Options(String command, ReportOptions report, List<Extra> extras, Progress progress) {
            this(command, report, extras, progress, true);
        }

        public Options(String command, ReportOptions report, List<Extra> extras) {
            this(command, report, extras, Progress.NONE);
        }

        public Options(String command, ReportOptions report) {
            this(command, report, List.of());
        }

        /** The command {@code udpsim run FILE --seed N} and no report. */
        public static Options plain(Scenario scenario) {
            return new Options(reproduce(scenario, List.of()), null);
        }
    }

    /**
     * Told how far a run's simulated time has come, between slices of the simulation (nothing runs in the world
     * meanwhile, so the run is the same with or without it).
     */
    @FunctionalInterface
    public interface Progress {
        /** No one is told; the simulation runs in one piece. */
        Progress NONE = (now, end) -> { };

        /** The simulation has run every event up to {@code nowNanos} of {@code endNanos}. */
        void reached(long nowNanos, long endNanos);
    }

    /** Something more a run computes from its records and writes into its folder at the end. */
    public interface Extra extends TraceListener {
        /** Writes what it has into the run's (temporary) folder; the world is still open. */
        void atEnd(ScenarioWorld world, Path folder) throws IOException;

        /**
         * In a comparison, what listens to the run over {@code protocol} (its {@link #atEnd} gets that run's
         * folder); null to sit the comparison out.
         */
        default Extra over(Protocol protocol) {
            return null;
        }

        /** In a comparison, once every protocol's run has ended: writes into the comparison's folder. */
        default void atComparisonEnd(Path folder) throws IOException {
        }
    }

    /** Runs {@code scenario} for its duration into {@code out}, as {@link #run(Scenario, Path, Options)}. */
    public static String run(Scenario scenario, Path out) throws IOException {
        return run(scenario, out, Options.plain(scenario));
    }

    /**
     * Runs {@code scenario} for its duration and writes its outputs to {@code out}; returns the summary a teacher
     * reads on the terminal. A comparison ({@code compare: [udp, tcp]}) runs once per protocol, into the subfolders
     * {@code udp/} and {@code tcp/} (each a run folder of its own), and its {@code summary.json} puts the two
     * streams side by side. With a report asked for, each run folder gets its report.
     */
    public static String run(Scenario scenario, Path out, Options options) throws IOException {
        try (OutputDirectory dir = OutputDirectory.create(out)) {
            String text;
            if (scenario.isComparison()) {
                Map<String, StreamSummary> streams = new LinkedHashMap<>();
                for (Protocol protocol : scenario.compare()) {
                    Path sub = dir.work().resolve(protocol.label());
                    Files.createDirectories(sub);
                    StreamStatistics stats = new StreamStatistics();
                    List<Extra> extras = new ArrayList<>();
                    for (Extra e : options.extras()) {
                        Extra run = e.over(protocol);
                        if (run != null) {
                            extras.add(run);
                        }
                    }
                    runInto(scenario.over(protocol), sub, stats,
                            new Options(options.command(), null, extras, options.progress(), options.pictures()));
                    streams.put(protocol.label(), stats.summary(protocol.label()));
                }
                for (Extra e : options.extras()) {
                    e.atComparisonEnd(dir.work());
                }
                ComparisonSummary c = new ComparisonSummary(scenario.name(), scenario.seed(),
                        scenario.durationNanos() / (double) SimTime.SECOND,
                        scenario.compare().stream().map(Protocol::label).toList(), streams);
                c.write(dir.work().resolve("summary.json"));
                text = c.render();
                if (options.report() != null) {
                    Reports.write(dir.work(), options.report());
                }
            } else {
                text = SummaryText.render(runInto(scenario, dir.work(), new StreamStatistics(), options));
                if (options.report() != null) {
                    RunReport.write(dir.work(), options.report());
                }
            }
            dir.commit();
            return text;
        }
    }

    /**
     * The command line that runs {@code scenario} again: {@code udpsim run FILE --seed N}, the duration if
     * {@code extra} changes it, and {@code extra} (options such as {@code --set a.b=c}) as given.
     */
    public static String reproduce(Scenario scenario, List<String> extra) {
        StringBuilder sb = new StringBuilder("udpsim run ").append(quote(scenario.source().toString()))
                .append(" --seed ").append(scenario.seed());
        for (String e : extra) {
            sb.append(' ').append(quote(e));
        }
        return sb.toString();
    }

    private static String quote(String arg) {
        return arg.matches("[A-Za-z0-9_./=:@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    private static RunSummary runInto(Scenario scenario, Path work, StreamStatistics streams, Options options)
            throws IOException {
        FlowStatistics flows = new FlowStatistics();
        ProgramErrors errors = new ProgramErrors();
        try (BufferedWriter traceFile = Files.newBufferedWriter(work.resolve("trace.jsonl"), StandardCharsets.UTF_8);
                JsonLinesTraceWriter trace = new JsonLinesTraceWriter(traceFile);
                ConsoleFiles consoles = new ConsoleFiles(work.resolve("console"));
                OledFilms films = new OledFilms(work.resolve("oled"), options.pictures());
                CaptureListener captures = new CaptureListener(work.resolve("capture"))) {
            RunSummary[] summary = new RunSummary[1];
            List<TraceListener> listeners = new ArrayList<>(List.of(trace, consoles, films, captures, flows, errors,
                    streams));
            listeners.addAll(options.extras());
            simulate(scenario, listeners, options.progress(), world -> {
                for (String name : world.boards().keySet()) {
                    consoles.open(name);
                }
                for (Node node : world.network().nodes()) {
                    captures.open(node.name());
                }
            }, world -> {
                films.finish(scenario.durationNanos());
                summary[0] = SummaryBuilder.build(scenario.name(), scenario.seed(),
                        scenario.durationNanos() / (double) SimTime.SECOND, flows, world.namesByAddress(),
                        boardSummaries(world, errors));
                RunInfoJson.write(RunInfoBuilder.build(scenario, world, options.command()),
                        work.resolve(RunInfoJson.FILE));
                for (Extra e : options.extras()) {
                    e.atEnd(world, work);
                }
            });
            SummaryJson.write(summary[0], work.resolve("summary.json"));
            return summary[0];
        }
    }

    /**
     * Builds the world of {@code scenario}, hands every trace record to {@code listeners}, runs it for its
     * duration, traces the datagrams left unread in sockets' queues, ends every board's console, and lets {@code atEnd} look at the world before it closes.
     */
    public static void simulate(Scenario scenario, List<TraceListener> listeners, IoConsumer<ScenarioWorld> beforeRun,
            IoConsumer<ScenarioWorld> atEnd) throws IOException {
        simulate(scenario, listeners, Progress.NONE, beforeRun, atEnd);
    }

    /**
     * As {@link #simulate(Scenario, List, IoConsumer, IoConsumer)}, telling {@code progress} how far the simulated
     * time has come: the simulation runs in slices of a thousandth of the duration (at least 1 ms), each of them
     * every event up to its end, which gives the same events in the same order as one piece.
     */
    public static void simulate(Scenario scenario, List<TraceListener> listeners, Progress progress,
            IoConsumer<ScenarioWorld> beforeRun, IoConsumer<ScenarioWorld> atEnd) throws IOException {
        try (ScenarioWorld world = ScenarioWorld.build(scenario)) {
            for (TraceListener l : listeners) {
                world.network().trace().addListener(l);
            }
            beforeRun.accept(world);
            long end = scenario.durationNanos();
            if (progress == Progress.NONE) {
                world.simulation().runUntil(end);
            } else {
                long step = Math.max(SimTime.MILLISECOND, end / 1000);
                for (long t = Math.min(step, end);; t = end - t > step ? t + step : end) {
                    world.simulation().runUntil(t);
                    progress.reached(t, end);
                    if (t == end) {
                        break;
                    }
                }
            }
            UdpLayer.traceUnreadAtEnd(world.network());
            for (Board b : world.boards().values()) {
                b.console().flush();
            }
            atEnd.accept(world);
        }
    }

    /** Something done with the world that may write files. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }

    private static List<BoardSummary> boardSummaries(ScenarioWorld world, ProgramErrors errors) {
        List<BoardSummary> out = new ArrayList<>();
        for (Board b : world.boards().values()) {
            Frame last = b.oled.lastFrame();
            out.add(new BoardSummary(b.name(), b.address().toString(), world.programs().get(b.name()),
                    b.console().lineCount(), b.oled.framesShown(), errors.of(b.name()),
                    last == null ? List.of() : last.textLines(), b.console().lastLines()));
        }
        for (Map.Entry<String, Node> pc : world.pcs().entrySet()) {
            out.add(new BoardSummary(pc.getKey(), pc.getValue().primaryAddress().toString(),
                    world.programs().get(pc.getKey()), 0, 0, null, List.of(), List.of()));
        }
        return out;
    }

    /** The uncaught error each board's program ended with, if any. */
    private static final class ProgramErrors implements TraceListener {
        private final Map<String, String> errors = new TreeMap<>();

        @Override
        public void onRecord(TraceRecord record) {
            if (record instanceof ProgramEnded e && e.error() != null) {
                errors.put(e.board(), e.error());
            }
        }

        String of(String board) {
            return errors.get(board);
        }
    }
}
