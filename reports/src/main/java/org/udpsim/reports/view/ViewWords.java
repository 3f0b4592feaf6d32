package org.udpsim.reports.view;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.udpsim.reports.text.Labels;

/** The labels the view page shows, as one JSON object from label key to its words in the page's language. */
final class ViewWords {
    /** Every label the page's script asks for by key. */
    static final List<String> KEYS = List.of("view.title", "view.play", "view.pause", "view.prev", "view.next",
            "view.speed", "view.time", "view.boards", "view.packet", "view.fate", "view.payload", "view.hex",
            "view.text", "view.ipv4", "view.udp", "view.tcp", "view.source", "view.destination", "view.ttl",
            "view.identification", "view.headerChecksum", "view.ports", "view.length", "view.checksum", "view.flags",
            "view.seq", "view.ack", "view.window", "view.noBytes", "view.inFlight", "view.left", "view.noFrame",
            "view.earlier", "view.thinned", "view.keys", "view.report", "view.close", "view.copy", "view.ev.sent", "view.ev.enqueue",
            "view.ev.radio", "view.ev.reorder", "view.ev.copy", "view.ev.forward", "view.ev.deliver",
            "view.ev.drop", "view.ev.corrupt", "view.ev.unread", "view.ev.unreadClosed", "view.ev.tcp_retransmit", "view.overtook", "view.printed",
            "view.radioOk", "view.radioLost", "view.ev.button", "view.button", "view.options", "view.payloadLength",
            "page.network", "page.sent", "page.delivered", "page.lost", "page.duplicated", "page.reordered",
            "page.console", "page.console.empty");

    private ViewWords() {
    }

    static ObjectNode of(Labels labels) {
        ObjectNode words = JsonNodeFactory.instance.objectNode();
        for (String key : KEYS) {
            words.put(key, labels.get(key));
        }
        return words;
    }
}
