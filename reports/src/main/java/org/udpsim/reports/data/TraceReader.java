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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.udpsim.reports.capture.CaptureRule;
import org.udpsim.reports.text.ReportException;

/**
 * Reads a run's {@code trace.jsonl} into {@link PacketTrip}s, one per packet and copy, in id order, and its message
 * records into {@link Messages}. The TCP header
 * of each TCP packet comes from the sender's capture ({@code capture/<node>.pcap}), paired with the trace by
 * {@link CaptureRule}.
 */
public final class TraceReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private TraceReader() {
    }

    /** What a trace tells: every packet's trip, and the message streams as the programs saw them. */
    public record Trace(List<PacketTrip> trips, Messages messages) {
    }

    /** The trips and messages of the run whose folder is {@code run}. */
    public static Trace read(Path run) throws IOException {
        return read(run, false);
    }

    /**
     * The trips and messages of the run whose folder is {@code run}; with {@code packetBytes}, every trip also keeps
     * the IPv4 bytes its sender captured ({@link PacketTrip#bytes()}), which needs every sender's capture.
     */
    public static Trace read(Path run, boolean packetBytes) throws IOException {
        return read(run, packetBytes, r -> { });
    }

    /**
     * As {@link #read(Path, boolean)}, handing every record, as it is read, to {@code also} too: what else is made of
     * the trace needs no second reading of it.
     */
    public static Trace read(Path run, boolean packetBytes, Consumer<JsonNode> also) throws IOException {
        Map<Long, PacketTrip> trips = new TreeMap<>();
        Messages messages = new Messages();
        Map<String, Long> captured = new HashMap<>();
        Map<String, CaptureCursor> cursors = new TreeMap<>();
        try (BufferedReader in = Files.newBufferedReader(run.resolve("trace.jsonl"), StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode r;
                try {
                    r = JSON.readTree(line);
                } catch (IOException e) {
                    throw new ReportException("trace.jsonl line " + lineNumber + " is not JSON");
                }
                also.accept(r);
                String type = r.path("type").asText();
                String at = r.path("at").asText();
                long time = nanos(r.path("t"));
                String node = CaptureRule.node(type, at);
                long index = -1;
                if (node != null) {
                    index = captured.merge(node, 1L, Long::sum) - 1;
                }
                PacketTrip trip = r.has("id") ? trips.get(r.get("id").asLong()) : null;
                switch (type) {
                    case "sent" -> {
                        trip = new PacketTrip(r.get("id").asLong(), r.get("id").asLong(), r.path("proto").asText(),
                                r.path("src").asText(), r.path("dst").asText(), r.path("len").asInt(), time, at, time,
                                at);
                        trips.put(trip.id(), trip);
                        if (packetBytes || trip.protocol().equals("tcp")) {
                            CaptureCursor c = cursors.computeIfAbsent(at,
                                    n -> new CaptureCursor(run.resolve("capture").resolve(n + ".pcap")));
                            byte[] bytes = c.bytes(index, time);
                            if (trip.protocol().equals("tcp")) {
                                trip.tcp(TcpSegment.read(bytes));
                            }
                            if (packetBytes) {
                                trip.bytes(bytes);
                            }
                        }
                    }
                    case "copy" -> {
                        if (trip != null) {
                            PacketTrip copy = trip.copy(r.get("copy").asLong(), time, at);
                            trips.put(copy.id(), copy);
                        }
                    }
                    case "forward" -> {
                        if (trip != null) {
                            trip.step(time, at);
                        }
                    }
                    case "deliver" -> {
                        if (trip != null) {
                            trip.end(PacketTrip.End.DELIVERED, time, at, null);
                        }
                    }
                    case "msg_sent" -> messages.sent(r.path("proto").asText(), at, r.path("seq").asLong(), time);
                    case "msg_received" -> messages.received(r.path("proto").asText(), at, r.path("seq").asLong(),
                            time, nanos(r.path("delay")));
                    case "drop" -> {
                        if (trip != null) {
                            trip.end(PacketTrip.End.DROPPED, time, at, r.path("reason").asText());
                        }
                    }
                    default -> {
                    }
                }
            }
        } finally {
            for (CaptureCursor c : cursors.values()) {
                c.close();
            }
        }
        return new Trace(new ArrayList<>(trips.values()), messages);
    }

    /** A time written as seconds with nine decimals, in ns, exactly. */
    static long nanos(JsonNode t) {
        if (!t.isNumber()) {
            throw new ReportException("trace.jsonl has a record without a time");
        }
        return t.decimalValue().movePointRight(9).longValue();
    }
}
