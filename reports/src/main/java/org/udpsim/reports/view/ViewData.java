package org.udpsim.reports.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.udpsim.reports.data.DropWords;
import org.udpsim.reports.data.OledFrameRef;
import org.udpsim.reports.data.PacketTrip;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.data.RunFolder;
import org.udpsim.reports.report.ComparisonReport;
import org.udpsim.reports.run.RunInfo;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.ReportException;

/**
 * The one JSON object a view page plays: {@code lang}, {@code words} (the page's labels), and {@code runs}, one run
 * for a run folder and one per protocol for a comparison (all on one clock). Times are integer nanoseconds. Each run:
 * <ul>
 * <li>{@code name} ({@code udp}, {@code tcp}, or empty), {@code scenario}, {@code duration};</li>
 * <li>{@code nodes} ({@code name}, {@code kind}, {@code ip}, {@code program}) and {@code links} ({@code a},
 * {@code b}, {@code radio});</li>
 * <li>{@code packets}, each trip: {@code id}, {@code origin} (the datagram a copy copies), {@code proto},
 * {@code src}, {@code dst}, {@code len}, {@code from} and {@code t0} (where and when it started), {@code steps}
 * ({@code [time, node]} for each node that passed it on), {@code end} ({@code delivered}, {@code dropped},
 * {@code in_flight}), {@code t1} and {@code at} (when and where it ended: a node, or a hop {@code a->b}),
 * {@code reason} and {@code why} (the drop's reason and its words), {@code tcp} (flag names), {@code bytes} (the
 * IPv4 packet as the sender captured it, base64; a copy has its origin's) and {@code events}
 * ({@code [time, type, place, detail]}, every trace record of the packet);</li>
 * <li>{@code prints}: by board, {@code [time, text]} for each printed line; {@code frames}: by board,
 * {@code [time, index, bitmap]}, {@code bitmap} an index into {@code bitmaps}, the distinct OLED pictures (1024
 * bytes, base64, see {@link FrameBits}); {@code buttons}: by board that has scripted presses,
 * {@code [time, button, pressed]} ({@code a} or {@code b}; 1 down, 0 up);</li>
 * <li>{@code window}: null, or what was left out: {@code packets} (how many the run had), {@code shown},
 * {@code until} (the start time of the last packet shown), when the run had more than {@link #MAX_EVENTS} packet
 * records.</li>
 * </ul>
 */
public final class ViewData {
    /**
     * The most packet records (a packet's trace records: sent, queued, radio, forwarded, delivered, dropped...) a run
     * embeds; a longer run shows the packets sent first, as many as fit, and says what it left out.
     */
    public static final int MAX_EVENTS = 50_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ViewData() {
    }

    /**
     * The view data of the run or comparison in {@code dir}, with at most {@code maxEvents} packet records a run.
     *
     * @throws ReportException if {@code dir} is neither a run nor a comparison folder
     */
    public static ObjectNode of(Path dir, Labels labels, int maxEvents) throws IOException {
        return of(dir, labels, maxEvents, Map.of());
    }

    /**
     * As {@link #of(Path, Labels, int)}, the OLED frames' pixels of a run taken from {@code pixels} by the run's
     * name ({@code ""} for a run folder, the protocol of each run of a comparison), and read back from the frames'
     * pictures for a run not in it.
     */
    public static ObjectNode of(Path dir, Labels labels, int maxEvents, Map<String, FramePixels> pixels)
            throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("lang", labels.lang().code());
        root.set("words", ViewWords.of(labels));
        ArrayNode runs = root.putArray("runs");
        if (ComparisonReport.isComparison(dir)) {
            JsonNode top = JSON.readTree(dir.resolve("summary.json").toFile());
            for (JsonNode p : top.path("compare")) {
                runs.add(run(dir.resolve(p.asText()), p.asText(), labels, maxEvents,
                        pixels.getOrDefault(p.asText(), FramePixels.PICTURES)));
            }
        } else {
            runs.add(run(dir, "", labels, maxEvents, pixels.getOrDefault("", FramePixels.PICTURES)));
        }
        return root;
    }

    private static ObjectNode run(Path dir, String name, Labels labels, int maxEvents, FramePixels pixels)
            throws IOException {
        PacketEvents events = new PacketEvents();
        RunData run = RunFolder.read(dir, true, events::add);
        RunInfo info = run.info();
        ObjectNode r = JSON.createObjectNode();
        r.put("name", name);
        r.put("scenario", info.scenario());
        r.put("duration", info.durationNanos());
        ArrayNode nodes = r.putArray("nodes");
        for (RunInfo.Node n : info.nodes()) {
            nodes.addObject().put("name", n.name()).put("kind", n.kind().label()).put("ip", n.ip())
                    .put("program", n.program());
        }
        ArrayNode links = r.putArray("links");
        for (RunInfo.Connection c : info.connections()) {
            links.addObject().put("a", c.a()).put("b", c.b()).put("radio", c.radio());
        }
        List<PacketTrip> trips = new ArrayList<>(run.trips());
        trips.sort(Comparator.comparingLong(PacketTrip::startTime).thenComparingLong(PacketTrip::id));
        int fit = 0;
        for (long records = 0; fit < trips.size(); fit++) {
            records += Math.max(1, events.of(trips.get(fit).id()).size());
            if (records > maxEvents) {
                break;
            }
        }
        List<PacketTrip> shown = trips.subList(0, fit);
        if (shown.size() < trips.size() && !shown.isEmpty()) {
            r.putObject("window").put("packets", trips.size()).put("shown", shown.size())
                    .put("until", shown.get(shown.size() - 1).startTime());
        } else {
            r.putNull("window");
        }
        ArrayNode packets = r.putArray("packets");
        Base64.Encoder b64 = Base64.getEncoder();
        for (PacketTrip t : shown) {
            ObjectNode p = packets.addObject();
            p.put("id", t.id()).put("origin", t.origin()).put("proto", t.protocol()).put("src", t.src())
                    .put("dst", t.dst()).put("len", t.length()).put("from", t.startPlace()).put("t0", t.startTime());
            ArrayNode steps = p.putArray("steps");
            for (PacketTrip.Step s : t.steps()) {
                steps.addArray().add(s.time()).add(s.place());
            }
            p.put("end", t.end().name().toLowerCase(java.util.Locale.ROOT));
            if (t.end() != PacketTrip.End.IN_FLIGHT) {
                p.put("t1", t.endTime()).put("at", t.endPlace());
            }
            if (t.reason() != null) {
                p.put("reason", t.reason()).put("why", DropWords.of(run, t, labels));
            }
            if (t.tcp() != null) {
                p.put("tcp", t.tcp().flagNames());
            }
            byte[] bytes = t.bytes();
            if (bytes != null && !t.isCopy()) {
                p.put("bytes", b64.encodeToString(bytes));
            }
            ArrayNode ev = p.putArray("events");
            for (PacketEvents.Event e : events.of(t.id())) {
                ev.addArray().add(e.time()).add(e.type()).add(e.place()).add(e.detail());
            }
        }
        ObjectNode prints = r.putObject("prints");
        for (String board : run.consoles().keySet()) {
            ArrayNode lines = prints.putArray(board);
            for (PacketEvents.Printed p : events.prints().getOrDefault(board, List.of())) {
                lines.addArray().add(p.time()).add(p.text());
            }
        }
        ObjectNode buttons = r.putObject("buttons");
        for (Map.Entry<String, List<PacketEvents.Press>> b : events.presses().entrySet()) {
            ArrayNode list = buttons.putArray(b.getKey());
            for (PacketEvents.Press p : b.getValue()) {
                list.addArray().add(p.time()).add(p.button()).add(p.pressed() ? 1 : 0);
            }
        }
        ObjectNode frames = r.putObject("frames");
        ArrayNode bitmaps = r.putArray("bitmaps");
        Map<String, Integer> seen = new HashMap<>();
        for (Map.Entry<String, List<OledFrameRef>> b : run.frames().entrySet()) {
            ArrayNode list = frames.putArray(b.getKey());
            for (OledFrameRef f : b.getValue()) {
                byte[] bits = pixels.of(f);
                int index = -1;
                if (bits != null) {
                    String s = b64.encodeToString(bits);
                    index = seen.computeIfAbsent(s, k -> {
                        bitmaps.add(k);
                        return bitmaps.size() - 1;
                    });
                }
                list.addArray().add(f.time()).add(f.index()).add(index);
            }
        }
        return r;
    }
}
