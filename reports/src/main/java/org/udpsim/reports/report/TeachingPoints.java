package org.udpsim.reports.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a run's teaching points ({@code expect:} in the scenario), when the run folder has them: in
 * {@code expectations.json}, or under {@code expectations} in {@code summary.json}, as a list of objects with a
 * {@code name}, a result ({@code passed}: true or false, or {@code result}/{@code status}: {@code pass} or
 * {@code fail}) and optionally what was measured ({@code measured}, {@code actual}, {@code detail} or
 * {@code message}).
 *
 * <p>{@code udpsim run} writes the points one run decides (of a comparison, judged over both runs); a point measured
 * over replications is not in the file and shows as not evaluated, for {@code udpsim check} to decide.
 */
public final class TeachingPoints {
    /** The file a run's results are looked for in. */
    public static final String FILE = "expectations.json";

    /** A result: whether the point held, and what was measured (may be empty). */
    public record Result(boolean passed, String detail) {
    }

    private TeachingPoints() {
    }

    /** The results by teaching point name, in the file's order; empty when the run has none. */
    public static Map<String, Result> read(Path run, JsonNode summary) throws IOException {
        JsonNode list = null;
        Path file = run.resolve(FILE);
        if (Files.isRegularFile(file)) {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            list = root.isArray() ? root : root.path("expectations");
        } else if (summary.has("expectations")) {
            list = summary.get("expectations");
        }
        Map<String, Result> out = new LinkedHashMap<>();
        if (list == null || !list.isArray()) {
            return out;
        }
        for (JsonNode e : list) {
            String name = e.path("name").asText("");
            Boolean passed = null;
            if (e.path("passed").isBoolean()) {
                passed = e.get("passed").asBoolean();
            } else {
                String r = e.has("result") ? e.get("result").asText() : e.path("status").asText("");
                if (r.equalsIgnoreCase("pass") || r.equalsIgnoreCase("passed")) {
                    passed = true;
                } else if (r.equalsIgnoreCase("fail") || r.equalsIgnoreCase("failed")) {
                    passed = false;
                }
            }
            if (!name.isEmpty() && passed != null) {
                String detail = "";
                for (String key : List.of("measured", "actual", "detail", "message")) {
                    if (e.hasNonNull(key)) {
                        detail = e.get(key).asText();
                        break;
                    }
                }
                out.put(name, new Result(passed, detail));
            }
        }
        return out;
    }
}
