package org.udpsim.reports.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.udpsim.reports.text.ReportException;
import org.udpsim.reports.run.RunInfoJson;
import org.udpsim.reports.summary.SummaryJson;

/**
 * A run's output folder, read back for a report. It checks what it opens: a folder that is no run, or one written
 * in an older format, is a {@link ReportException} with one line that says so.
 */
public final class RunFolder {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private RunFolder() {
    }

    /** True if {@code dir} looks like a run folder (it has a {@code summary.json}). */
    public static boolean isRun(Path dir) {
        return Files.isRegularFile(dir.resolve("summary.json"));
    }

    /** Reads the run in {@code dir}. */
    public static RunData read(Path dir) throws IOException {
        return read(dir, false);
    }

    /** Reads the run in {@code dir}; with {@code packetBytes}, each trip keeps its bytes from the captures. */
    public static RunData read(Path dir, boolean packetBytes) throws IOException {
        return read(dir, packetBytes, r -> { });
    }

    /** As {@link #read(Path, boolean)}, handing each record of {@code trace.jsonl} to {@code trace} as it is read. */
    public static RunData read(Path dir, boolean packetBytes, Consumer<JsonNode> trace) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ReportException(dir + " is not a folder");
        }
        if (!isRun(dir)) {
            throw new ReportException(dir + " is not a run folder (no summary.json)");
        }
        JsonNode summary;
        try {
            summary = JSON.readTree(dir.resolve("summary.json").toFile());
        } catch (IOException e) {
            throw new ReportException(dir.resolve("summary.json") + " is not JSON");
        }
        int format = summary.path("format").asInt(0);
        if (format < SummaryJson.FORMAT) {
            throw new ReportException(dir + " was written by an older udpsim (summary.json format " + format
                    + ", reports need " + SummaryJson.FORMAT + "): run its scenario again");
        }
        if (format > SummaryJson.FORMAT) {
            throw new ReportException(dir + " was written by a newer udpsim (summary.json format " + format
                    + "); this one reads format " + SummaryJson.FORMAT);
        }
        for (String needed : List.of(RunInfoJson.FILE, "trace.jsonl")) {
            if (!Files.isRegularFile(dir.resolve(needed))) {
                throw new ReportException(dir + " is not a complete run folder: " + needed + " is missing");
            }
        }
        var info = RunInfoJson.read(dir.resolve(RunInfoJson.FILE));
        TraceReader.Trace trips = TraceReader.read(dir, packetBytes, trace);
        Map<String, List<String>> consoles = new LinkedHashMap<>();
        Map<String, List<OledFrameRef>> frames = new LinkedHashMap<>();
        Iterator<String> boards = summary.path("boards").fieldNames();
        while (boards.hasNext()) {
            String board = boards.next();
            Path console = dir.resolve("console").resolve(board + ".txt");
            consoles.put(board, Files.isRegularFile(console)
                    ? Files.readAllLines(console, StandardCharsets.UTF_8) : List.of());
            List<OledFrameRef> f = frames(dir.resolve("oled").resolve(board), board);
            if (!f.isEmpty()) {
                frames.put(board, f);
            }
        }
        return new RunData(info, summary, trips.trips(), trips.messages(), consoles, frames);
    }

    private static List<OledFrameRef> frames(Path folder, String board) throws IOException {
        Path jsonl = folder.resolve("frames.jsonl");
        List<OledFrameRef> out = new ArrayList<>();
        if (!Files.isRegularFile(jsonl)) {
            return out;
        }
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode f = JSON.readTree(line);
                long index = f.path("index").asLong();
                List<String> screen = new ArrayList<>();
                f.path("screen").forEach(s -> screen.add(s.asText()));
                out.add(new OledFrameRef(board, index, TraceReader.nanos(f.path("time")), screen,
                        folder.resolve(String.format("frame-%04d.png", index))));
            }
        }
        return out;
    }
}
