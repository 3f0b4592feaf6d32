package org.udpsim.reports.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code run.json}: a {@link RunInfo} as JSON, written next to {@code summary.json}.
 *
 * <pre>{@code
 * {"scenario": "...", "description": "...", "scenario_file": "lessons/10.4-udp.yaml", "seed": 1,
 *  "duration_s": 30.0, "command": "udpsim run lessons/10.4-udp.yaml --seed 1",
 *  "nodes": [{"name": "server", "kind": "board", "ip": "192.168.0.3", "program": "java:udp-server"},
 *            {"name": "apboard", "kind": "board_ap", "ip": "192.168.4.1", "program": "ap.py", "ssid": "mpython-ap"}],
 *  "connections": [{"a": "classroom", "b": "server", "radio": true}],
 *  "impairments": [{"from": "client", "to": "classroom", "netem": "loss 20%", "note": ""}],
 *  "expectations": [{"name": "...", "that": "..."}]}
 * }</pre>
 */
public final class RunInfoJson {
    public static final String FILE = "run.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunInfoJson() {
    }

    public static void write(RunInfo info, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", info.scenario());
        root.put("description", info.description());
        root.put("scenario_file", info.scenarioFile());
        root.put("seed", info.seed());
        root.put("duration_ns", info.durationNanos());
        root.put("command", info.command());
        ArrayNode nodes = root.putArray("nodes");
        for (RunInfo.Node n : info.nodes()) {
            com.fasterxml.jackson.databind.node.ObjectNode o = nodes.addObject().put("name", n.name())
                    .put("kind", n.kind().label()).put("ip", n.ip()).put("program", n.program());
            if (!n.ssid().isEmpty()) {
                o.put("ssid", n.ssid());
            }
        }
        ArrayNode connections = root.putArray("connections");
        for (RunInfo.Connection c : info.connections()) {
            connections.addObject().put("a", c.a()).put("b", c.b()).put("radio", c.radio());
        }
        ArrayNode hops = root.putArray("impairments");
        for (RunInfo.HopImpairment h : info.impairments()) {
            ObjectNode hop = hops.addObject().put("from", h.from()).put("to", h.to()).put("netem", h.netem())
                    .put("note", h.note());
            if (!h.warnings().isEmpty()) {
                ArrayNode w = hop.putArray("warnings");
                h.warnings().forEach(w::add);
            }
        }
        ArrayNode points = root.putArray("expectations");
        for (RunInfo.TeachingPoint p : info.expectations()) {
            points.addObject().put("name", p.name()).put("that", p.that());
        }
        Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    /** Reads {@code run.json}; a missing field is an {@link IOException} that names it. */
    public static RunInfo read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        List<RunInfo.Node> nodes = new ArrayList<>();
        for (JsonNode n : array(root, "nodes")) {
            nodes.add(new RunInfo.Node(text(n, "name"),
                    RunInfo.Kind.valueOf(text(n, "kind").toUpperCase(Locale.ROOT)), text(n, "ip"), text(n, "program"),
                    n.path("ssid").asText("")));
        }
        List<RunInfo.Connection> connections = new ArrayList<>();
        for (JsonNode c : array(root, "connections")) {
            connections.add(new RunInfo.Connection(text(c, "a"), text(c, "b"), c.path("radio").asBoolean()));
        }
        List<RunInfo.HopImpairment> hops = new ArrayList<>();
        for (JsonNode h : array(root, "impairments")) {
            List<String> warnings = new ArrayList<>();
            h.path("warnings").forEach(w -> warnings.add(w.asText()));
            hops.add(new RunInfo.HopImpairment(text(h, "from"), text(h, "to"), text(h, "netem"), text(h, "note"),
                    warnings));
        }
        List<RunInfo.TeachingPoint> points = new ArrayList<>();
        for (JsonNode p : array(root, "expectations")) {
            points.add(new RunInfo.TeachingPoint(text(p, "name"), text(p, "that")));
        }
        return new RunInfo(text(root, "scenario"), text(root, "description"), text(root, "scenario_file"),
                number(root, "seed"), number(root, "duration_ns"), text(root, "command"), nodes, connections, hops,
                points);
    }

    private static JsonNode array(JsonNode o, String name) throws IOException {
        JsonNode v = o.get(name);
        if (v == null || !v.isArray()) {
            throw new IOException("run.json has no list '" + name + "'");
        }
        return v;
    }

    private static String text(JsonNode o, String name) throws IOException {
        JsonNode v = o.get(name);
        if (v == null || !v.isTextual()) {
            throw new IOException("run.json has no text '" + name + "'");
        }
        return v.asText();
    }

    private static long number(JsonNode o, String name) throws IOException {
        JsonNode v = o.get(name);
        if (v == null || !v.canConvertToLong()) {
            throw new IOException("run.json has no number '" + name + "'");
        }
        return v.asLong();
    }
}
