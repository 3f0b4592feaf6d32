package org.udpsim.reports.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code trace.jsonl} tells beyond a packet's trip ({@link org.udpsim.reports.data.PacketTrip}), for the view:
 * every record of each packet in order (queued with the queue's length, each radio transmission and its tries,
 * reordered, copied, corrupted, forwarded, delivered, dropped), every line each board printed, with its time, and
 * every press and release of a board's button.
 */
final class PacketEvents {
    /** One record of a packet: when, what ({@code enqueue}, {@code radio}, ...), where, and its detail. */
    record Event(long time, String type, String place, String detail) {
    }

    /** A printed line and when it was printed. */
    record Printed(long time, String text) {
    }

    /** A button of a board went down ({@code pressed}) or up. */
    record Press(long time, String button, boolean pressed) {
    }

    private final Map<Long, List<Event>> byPacket = new HashMap<>();
    private final Map<String, List<Printed>> prints = new LinkedHashMap<>();
    private final Map<String, List<Press>> presses = new LinkedHashMap<>();

    /** Keeps what it needs of each record of a trace given to {@link #add}, in the trace's order. */
    PacketEvents() {
    }

    /** Takes one record of {@code trace.jsonl}, as read. */
    void add(JsonNode r) {
        long t = r.path("t").decimalValue().movePointRight(9).longValue();
        String type = r.path("type").asText();
        if (type.equals("print")) {
            prints.computeIfAbsent(r.path("board").asText(), b -> new ArrayList<>())
                    .add(new Printed(t, r.path("text").asText()));
            return;
        }
        if (type.equals("button")) {
            presses.computeIfAbsent(r.path("board").asText(), b -> new ArrayList<>())
                    .add(new Press(t, r.path("button").asText(), r.path("pressed").asBoolean()));
            return;
        }
        if (!r.has("id")) {
            return;
        }
        String detail = switch (type) {
            case "enqueue" -> r.path("qlen").asText();
            case "radio" -> r.path("attempts").asText() + (r.path("ok").asBoolean() ? " ok" : " lost");
            case "drop" -> r.path("reason").asText();
            case "copy" -> r.path("reason").asText() + " " + r.path("copy").asText();
            case "corrupt" -> r.path("bit").asText();
            case "unread" -> r.path("why").asText();
            case "tcp_retransmit" -> r.path("reason").asText();
            default -> "";
        };
        byPacket.computeIfAbsent(r.path("id").asLong(), k -> new ArrayList<>())
                .add(new Event(t, type, r.path("at").asText(), detail));
    }

    /** The records of packet {@code id}, in the trace's order. */
    List<Event> of(long id) {
        return byPacket.getOrDefault(id, List.of());
    }

    /** Each board's button presses and releases, in order; a board without any has no entry. */
    Map<String, List<Press>> presses() {
        return presses;
    }

    /** Each board's printed lines, in order. */
    Map<String, List<Printed>> prints() {
        return prints;
    }
}
