package org.udpsim.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.udpsim.board.Board;
import org.udpsim.board.oled.Frame;
import org.udpsim.kernel.SimTime;
import org.udpsim.net.Node;
import org.udpsim.reports.run.ConsoleFiles;
import org.udpsim.reports.run.OledFilms;
import org.udpsim.reports.run.OutputDirectory;
import java.util.LinkedHashMap;
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

/**
 * One run of a scenario, from its world to its output folder: {@code summary.json}, {@code trace.jsonl},
 * {@code console/<board>.txt}, and {@code oled/<board>/frame-NNNN.png}, {@code oled/<board>/frames.jsonl},
 * {@code oled/<board>.gif}. The folder appears only once everything is written.
 */
public final class ScenarioRun {
    private ScenarioRun() {
    }

    /**
     * Runs {@code scenario} for its duration and writes its outputs to {@code out}; returns the summary a teacher
     * reads on the terminal. A comparison ({@code compare: [udp, tcp]}) runs once per protocol, into the subfolders
     * {@code udp/} and {@code tcp/}, and its {@code summary.json} puts the two streams side by side.
     */
    public static String run(Scenario scenario, Path out) throws IOException {
        try (OutputDirectory dir = OutputDirectory.create(out)) {
            String text;
            if (scenario.isComparison()) {
                Map<String, StreamSummary> streams = new LinkedHashMap<>();
                for (String protocol : scenario.compare()) {
                    Path sub = dir.work().resolve(protocol);
                    Files.createDirectories(sub);
                    StreamStatistics stats = new StreamStatistics();
                    runInto(scenario.over(protocol), sub, stats);
                    streams.put(protocol, stats.summary(protocol));
                }
                ComparisonSummary c = new ComparisonSummary(scenario.name(), scenario.seed(),
                        scenario.durationNanos() / (double) SimTime.SECOND, scenario.compare(), streams);
                c.write(dir.work().resolve("summary.json"));
                text = c.render();
            } else {
                text = SummaryText.render(runInto(scenario, dir.work(), new StreamStatistics()));
            }
            dir.commit();
            return text;
        }
    }

    private static RunSummary runInto(Scenario scenario, Path work, StreamStatistics streams) throws IOException {
        FlowStatistics flows = new FlowStatistics();
        ProgramErrors errors = new ProgramErrors();
        try (BufferedWriter traceFile = Files.newBufferedWriter(work.resolve("trace.jsonl"), StandardCharsets.UTF_8);
                JsonLinesTraceWriter trace = new JsonLinesTraceWriter(traceFile);
                ConsoleFiles consoles = new ConsoleFiles(work.resolve("console"));
                OledFilms films = new OledFilms(work.resolve("oled"))) {
            RunSummary[] summary = new RunSummary[1];
            simulate(scenario, List.of(trace, consoles, films, flows, errors, streams), world -> {
                for (String name : world.boards().keySet()) {
                    consoles.open(name);
                }
            }, world -> {
                films.finish(scenario.durationNanos());
                summary[0] = SummaryBuilder.build(scenario.name(), scenario.seed(),
                        scenario.durationNanos() / (double) SimTime.SECOND, flows, world.namesByAddress(),
                        boardSummaries(world, errors));
            });
            SummaryJson.write(summary[0], work.resolve("summary.json"));
            return summary[0];
        }
    }

    /**
     * Builds the world of {@code scenario}, hands every trace record to {@code listeners}, runs it for its
     * duration, ends every board's console, and lets {@code atEnd} look at the world before it closes.
     */
    public static void simulate(Scenario scenario, List<TraceListener> listeners, IoConsumer<ScenarioWorld> beforeRun,
            IoConsumer<ScenarioWorld> atEnd) throws IOException {
        try (ScenarioWorld world = ScenarioWorld.build(scenario)) {
            for (TraceListener l : listeners) {
                world.network().trace().addListener(l);
            }
            beforeRun.accept(world);
            world.simulation().runUntil(scenario.durationNanos());
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
            out.add(new BoardSummary(b.name(), b.station().config().ip().toString(), world.programs().get(b.name()),
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
