package org.udpsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.udpsim.reports.run.OutputDirectory;

/**
 * A sweep's folder: {@code sweep.csv} (a row per point and protocol: mean, sd and 95 % CI of every figure),
 * {@code sweep.json} (the same with what was swept, for programs), and {@code items.csv} (every run's figures,
 * exactly, so shards can be merged into what one machine would have written).
 */
public final class SweepFiles {
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String ITEMS_HEADER = "run,point,replication,protocol,"
            + String.join(",", SweepItem.FIGURES);

    private SweepFiles() {
    }

    /** What a sweep folder says about the sweep that made it. */
    public record Meta(String scenario, String file, long seed, int replications, List<Variation> variations,
            Shard shard, int points) {
        /** True if two folders come from the same sweep (any shard of it). */
        boolean sameSweep(Meta o) {
            return scenario.equals(o.scenario) && file.equals(o.file) && seed == o.seed
                    && replications == o.replications && variations.equals(o.variations) && shard.count() == o.shard.count();
        }
    }

    /** Writes a sweep's folder, through a temporary folder moved into place at the end. */
    public static void write(Path dir, Meta meta, List<List<String>> points, List<SweepItem> items) throws IOException {
        try (OutputDirectory out = OutputDirectory.create(dir)) {
            writeItems(out.work().resolve("items.csv"), meta, items);
            List<SweepRow> rows = SweepRow.of(points, items);
            writeCsv(out.work().resolve("sweep.csv"), meta, rows);
            Files.writeString(out.work().resolve("sweep.json"), JSON.writeValueAsString(json(meta, rows)) + "\n");
            out.commit();
        }
    }

    /** Reads what a sweep folder says about its sweep. */
    public static Meta readMeta(Path dir) throws IOException {
        Path f = dir.resolve("sweep.json");
        if (!Files.isRegularFile(f) || !Files.isRegularFile(dir.resolve("items.csv"))) {
            throw new IllegalArgumentException(dir + " is not a sweep folder (no sweep.json and items.csv)");
        }
        JsonNode n = JSON.readTree(f.toFile());
        if (n.path("format").asInt() != FORMAT) {
            throw new IllegalArgumentException(dir + " was written by another version of udpsim (format "
                    + n.path("format").asText("?") + ", this one reads " + FORMAT + ")");
        }
        List<Variation> vs = new ArrayList<>();
        for (JsonNode v : n.get("variations")) {
            List<String> values = new ArrayList<>();
            v.get("values").forEach(x -> values.add(x.asText()));
            vs.add(new Variation(v.get("path").asText(), values));
        }
        return new Meta(n.get("scenario").asText(), n.get("file").asText(), n.get("seed").asLong(),
                n.get("replications").asInt(), vs, Shard.parse(n.get("shard").asText()), n.get("points").asInt());
    }

    /** Reads a sweep folder's items. */
    public static List<SweepItem> readItems(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("items.csv"), StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(ITEMS_HEADER)) {
            throw new IllegalArgumentException(dir.resolve("items.csv") + " does not start with " + ITEMS_HEADER);
        }
        List<SweepItem> items = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            items.add(new SweepItem(Integer.parseInt(c[1]), Integer.parseInt(c[2]), c[3], Double.parseDouble(c[4]),
                    Double.parseDouble(c[5]), Double.parseDouble(c[6]), Double.parseDouble(c[7])));
        }
        return items;
    }

    private static void writeItems(Path f, Meta meta, List<SweepItem> items) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(ITEMS_HEADER);
            w.newLine();
            for (SweepItem i : items) {
                w.write((i.point() * meta.replications() + i.replication()) + "," + i.point() + "," + i.replication()
                        + "," + i.protocol());
                for (int k = 0; k < SweepItem.FIGURES.size(); k++) {
                    w.write("," + i.figure(k));
                }
                w.newLine();
            }
        }
    }

    private static void writeCsv(Path f, Meta meta, List<SweepRow> rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>();
            meta.variations().forEach(v -> header.add(v.path()));
            header.add("protocol");
            for (String fig : SweepItem.FIGURES) {
                for (String s : List.of("n", "mean", "sd", "ci95_low", "ci95_high")) {
                    header.add(fig + "_" + s);
                }
            }
            w.write(String.join(",", header));
            w.newLine();
            for (SweepRow r : rows) {
                List<String> cells = new ArrayList<>(r.values());
                cells.add(r.protocol());
                for (SweepRow.Stat s : r.stats()) {
                    cells.add(Long.toString(s.n()));
                    for (double v : new double[] {s.mean(), s.sd(), s.ciLow(), s.ciHigh()}) {
                        cells.add(Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v));
                    }
                }
                w.write(String.join(",", cells));
                w.newLine();
            }
        }
    }

    private static ObjectNode json(Meta meta, List<SweepRow> rows) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("scenario", meta.scenario());
        root.put("file", meta.file());
        root.put("seed", meta.seed());
        root.put("replications", meta.replications());
        root.put("shard", meta.shard().toString());
        root.put("points", meta.points());
        root.put("confidence", SweepRow.CONFIDENCE);
        ArrayNode vs = root.putArray("variations");
        for (Variation v : meta.variations()) {
            ObjectNode o = vs.addObject();
            o.put("path", v.path());
            ArrayNode values = o.putArray("values");
            v.values().forEach(values::add);
        }
        ArrayNode rs = root.putArray("rows");
        for (SweepRow r : rows) {
            ObjectNode o = rs.addObject();
            o.put("point", r.point());
            ArrayNode values = o.putArray("values");
            r.values().forEach(values::add);
            o.put("protocol", r.protocol());
            for (SweepRow.Stat s : r.stats()) {
                ObjectNode st = o.putObject(s.figure());
                st.put("n", s.n());
                putNumber(st, "mean", s.mean());
                putNumber(st, "sd", s.sd());
                putNumber(st, "ci95_low", s.ciLow());
                putNumber(st, "ci95_high", s.ciHigh());
            }
        }
        return root;
    }

    private static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isNaN(v)) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }
}
