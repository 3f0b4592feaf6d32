package org.udpsim.serve;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.udpsim.reports.text.Labels;

/** The labels the controls beside the served view show, as one JSON object from label key to its words. */
final class ServeWords {
    /** Every label {@code serve.js} asks for by key. */
    static final List<String> KEYS = List.of("serve.title", "serve.hint", "serve.seed", "serve.retries", "serve.more",
            "serve.running", "serve.shown", "serve.refused", "serve.command", "serve.failed");

    private ServeWords() {
    }

    static ObjectNode of(Labels labels) {
        ObjectNode words = JsonNodeFactory.instance.objectNode();
        for (String key : KEYS) {
            words.put(key, labels.get(key));
        }
        return words;
    }
}
