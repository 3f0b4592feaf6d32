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
import org.udpsim.reports.capture.CaptureListener;
import org.udpsim.reports.run.ConsoleFiles;
import org.udpsim.reports.run.OledFilms;
import org.udpsim.reports.run.OutputDirectory;
import org.udpsim.reports.summary.BoardSummary;
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
 * {@code oled/<board>.gif}, {@code capture/<node>.pcap}. The folder appears only once everything is written.
 */
public final class ScenarioRun {
    private ScenarioRun() {
    }

    /** Runs {@code scenario} for its duration and writes its outputs to {@code out}; returns the summary. */
    public static RunSummary run(Scenario scenario, Path out) throws IOException {
        try (OutputDirectory dir = OutputDirectory.create(out)) {
            RunSummary summary = runInto(scenario, dir.work());
            dir.commit();
            return summary;
        }
    }

    private static RunSummary runInto(Scenario scenario, Path work) throws IOException {
        FlowStatistics flows = new FlowStatistics();
        ProgramErrors errors = new ProgramErrors();
        try (ScenarioWorld world = ScenarioWorld.build(scenario);
                BufferedWriter traceFile = Files.newBufferedWriter(work.resolve("trace.jsonl"), StandardCharsets.UTF_8);
                JsonLinesTraceWriter trace = new JsonLinesTraceWriter(traceFile);
                ConsoleFiles consoles = new ConsoleFiles(work.resolve("console"));
                OledFilms films = new OledFilms(work.resolve("oled"));
                CaptureListener captures = new CaptureListener(work.resolve("capture"))) {
            world.network().trace().addListener(trace);
            world.network().trace().addListener(consoles);
            world.network().trace().addListener(films);
            world.network().trace().addListener(captures);
            world.network().trace().addListener(flows);
            world.network().trace().addListener(errors);
            for (String name : world.boards().keySet()) {
                consoles.open(name);
            }
            for (Node node : world.network().nodes()) {
                captures.open(node.name());
            }
            world.simulation().runUntil(scenario.durationNanos());
            for (Board b : world.boards().values()) {
                b.console().flush();
            }
            films.finish(scenario.durationNanos());
            RunSummary summary = SummaryBuilder.build(scenario.name(), scenario.seed(),
                    scenario.durationNanos() / (double) SimTime.SECOND, flows, world.namesByAddress(),
                    boardSummaries(world, errors));
            SummaryJson.write(summary, work.resolve("summary.json"));
            return summary;
        }
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
