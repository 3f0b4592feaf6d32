package org.udpsim.sweep;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.udpsim.reports.run.OutputDirectory;

/**
 * A sweep's folder: {@code sweep.csv} (a row per point and protocol: n, mean, sd and the 95 % interval of the mean
 * of every figure, in the columns {@code FIGURE_ci95_low} and {@code FIGURE_ci95_high}: a percentile bootstrap,
 * see {@link Bootstrap}), {@code sweep.json} (the same with what was swept, in words' facts, the seeds, the interval's
 * method and the command that reproduces the sweep, for programs and the report), and {@code items.csv} (every
 * run's figures, exactly, so shards can be merged into what one machine would have written).
 *
 * <p>Format 2 of {@code sweep.json} (format 1 had Student's t intervals, no command and no {@code about}).
 */
public final class SweepFiles {
    public static final int FORMAT = 2;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper READ = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String ITEMS_HEADER = "run,point,replication,protocol,"
            + String.join(",", SweepItem.FIGURES);

    private SweepFiles() {
    }

    /**
     * What a sweep folder says about the sweep that made it.
     *
     * @param scenario the scenario's title
     * @param description the scenario's description, empty if none
     * @param file the scenario file's name
     * @param command the command that reproduces the sweep, without {@code --out}, {@code --jobs} and
     *        {@code --shard} (which change nothing in the results)
     * @param about what each variation's path is in the scenario ({@link Varied}), in the order of the variations
     */
    public record Meta(String scenario, String description, String file, String command, long seed,
            int replications, List<Variation> variations, List<Map<String, String>> about, Shard shard, int points) {
        public Meta {
            variations = List.copyOf(variations);
            about = about.stream().map(a -> Collections.unmodifiableMap(new LinkedHashMap<>(a))).toList();
            if (about.size() != variations.size()) {
                throw new IllegalArgumentException("one about per variation");
            }
        }

        /** The meta of a shard of {@code plan}'s sweep, run by {@code command}. */
        public static Meta of(SweepPlan plan, String file, String command, Shard shard) {
            return new Meta(plan.name(), plan.description(), file, command, plan.seed(), plan.replications(),
                    plan.variations(), plan.about(), shard, plan.points().size());
        }

        /** True if two folders come from the same sweep (any shard of it). */
        boolean sameSweep(Meta o) {
            return scenario.equals(o.scenario) && file.equals(o.file) && command.equals(o.command) && seed == o.seed
                    && replications == o.replications && variations.equals(o.variations)
                    && shard.count() == o.shard.count();
        }

        /** The same sweep, as shard {@code s}. */
        Meta withShard(Shard s) {
            return new Meta(scenario, description, file, command, seed, replications, variations, about, s, points);
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
        JsonNode n = READ.readTree(f.toFile());
        if (n.path("format").asInt() != FORMAT) {
            throw new IllegalArgumentException(dir + " was written by another version of udpsim (format "
                    + n.path("format").asText("?") + ", this one reads " + FORMAT + "): run its sweep again");
        }
        List<Variation> vs = new ArrayList<>();
        List<Map<String, String>> about = new ArrayList<>();
        for (JsonNode v : n.get("variations")) {
            List<String> numbers = new ArrayList<>();
            v.get("numbers").forEach(x -> numbers.add(x.decimalValue().stripTrailingZeros().toPlainString()));
            vs.add(new Variation(v.get("path").asText(), v.get("template").asText(), numbers));
            Map<String, String> a = new LinkedHashMap<>();
            v.path("about").fields().forEachRemaining(e -> a.put(e.getKey(), e.getValue().asText()));
            about.add(a);
        }
        return new Meta(n.get("scenario").asText(), n.path("description").asText(""), n.get("file").asText(),
                n.get("command").asText(), n.get("seed").asLong(), n.get("replications").asInt(), vs, about,
                Shard.parse(n.get("shard").asText()), n.get("points").asInt());
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
                List<String> cells = new ArrayList<>(r.values().stream().map(SweepFiles::csvCell).toList());
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

    /** A cell as RFC 4180 writes it: in double quotes if it holds a comma, a quote or a line break. */
    private static String csvCell(String s) {
        return s.matches("[^,\"\r\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static ObjectNode json(Meta meta, List<SweepRow> rows) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("scenario", meta.scenario());
        root.put("description", meta.description());
        root.put("file", meta.file());
        root.put("command", meta.command());
        root.put("seed", meta.seed());
        root.put("replications", meta.replications());
        root.put("shard", meta.shard().toString());
        root.put("points", meta.points());
        root.put("confidence", SweepRow.CONFIDENCE);
        ObjectNode interval = root.putObject("interval");
        interval.put("method", Bootstrap.METHOD);
        interval.put("level", SweepRow.CONFIDENCE);
        interval.put("resamples", Bootstrap.RESAMPLES);
        interval.put("seeded_by", "point, protocol and figure");
        ArrayNode vs = root.putArray("variations");
        for (int i = 0; i < meta.variations().size(); i++) {
            Variation v = meta.variations().get(i);
            ObjectNode o = vs.addObject();
            o.put("path", v.path());
            o.put("template", v.template());
            o.put("unit", v.unit());
            o.put("integer", v.integer());
            ArrayNode numbers = o.putArray("numbers");
            v.numbers().forEach(x -> numbers.add(new BigDecimal(x)));
            ArrayNode values = o.putArray("values");
            v.values().forEach(values::add);
            ObjectNode about = o.putObject("about");
            meta.about().get(i).forEach(about::put);
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
