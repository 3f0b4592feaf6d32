package org.udpsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every key a scenario file may use, by place: the one table the reader checks keys against, {@code --set} paths
 * are resolved with, and a test compares with the JSON Schema.
 *
 * <p>A place is a dotted pattern: {@code *} stands for a name the file chooses (a board's, a router's), {@code #}
 * for a list entry. A place in {@link #PLACES} is a mapping with exactly those keys. {@code P.*} in the table makes
 * {@code P} a mapping of names; {@code P.#} makes it a list. The arguments under {@code args} depend on the program:
 * see {@link Program}. The impairments' places are made from netem's options ({@link StructuredNetem#places()}).
 */
final class ScenarioKeys {
    /** Places whose keys are a program's arguments. */
    static final Set<String> ARGS_PLACES = Set.of("boards.*.args", "pcs.*.args");

    /** Place to its keys, in documentation order. */
    static final Map<String, List<String>> PLACES = places(
            "", List.of("name", "description", "seed", "duration", "network", "boards", "pcs", "impairments", "compare",
                    "expect"),
            "network", List.of("routers", "access_points", "links"),
            "network.routers.*", List.of(),
            "network.access_points.*", List.of("ssid", "password", "subnet", "gateway", "dhcp", "uplink", "radio",
                    "retries", "phy_rate", "max_stations", "rssi"),
            "network.access_points.*.dhcp", List.of("first", "last"),
            "network.links.#", List.of("between", "subnet", "addresses", "rate", "delay", "queue"),
            "boards.*", List.of("program", "args", "start", "ap", "ip", "count", "buttons", "soft_ap", "python"),
            "boards.*.soft_ap", List.of("ssid", "password"),
            "boards.*.buttons.#", List.of("press", "at", "hold"),
            "pcs.*", List.of("program", "args", "start", "ap", "ip"),
            "expect.#", List.of("name", "that", "measure", "between", "replications", "confidence"));

    private ScenarioKeys() {
    }

    /** The keys allowed at {@code place}. */
    static List<String> keys(String place) {
        List<String> k = PLACES.get(place);
        if (k == null) {
            throw new IllegalArgumentException("no place " + place);
        }
        return k;
    }

    /** What sits at {@code place}: a mapping with fixed keys, arguments, named entries, a list, or a value. */
    enum Shape {
        KEYS, ARGS, NAMED, LIST, VALUE
    }

    static Shape shape(String place) {
        if (PLACES.containsKey(place)) {
            return Shape.KEYS;
        }
        if (ARGS_PLACES.contains(place)) {
            return Shape.ARGS;
        }
        if (PLACES.containsKey(child(place, "*"))) {
            return Shape.NAMED;
        }
        if (PLACES.containsKey(child(place, "#"))) {
            return Shape.LIST;
        }
        return Shape.VALUE;
    }

    /** {@code place.segment}, or {@code segment} at the top. */
    static String child(String place, String segment) {
        return place.isEmpty() ? segment : place + "." + segment;
    }

    /** The places given in pairs, with the impairments' places ({@link StructuredNetem#places()}) before expect. */
    private static Map<String, List<String>> places(Object... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals("expect.#")) {
                m.putAll(StructuredNetem.places());
            }
            @SuppressWarnings("unchecked")
            List<String> keys = (List<String>) pairs[i + 1];
            m.put((String) pairs[i], keys);
        }
        return Collections.unmodifiableMap(m);
    }
}
