package org.udpsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.udpsim.wifi.AccessPointConfig;
import org.udpsim.net.LinkConfig;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.impairments.NetemForm;
import org.udpsim.impairments.NetemOption;
import org.udpsim.impairments.NetemOptions;
import org.udpsim.impairments.NetemParam;
import org.udpsim.impairments.ValueKind;
import org.yaml.snakeyaml.Yaml;

/**
 * The JSON Schema ({@code scenario.schema.json}) and the loader agree: the same keys at every place, the same
 * programs with the same arguments, and the same defaults.
 */
class SchemaTest {
    private static Map<String, Object> schema;
    /** Place to the keys the schema allows there, found by walking the schema. */
    private static final Map<String, List<String>> PLACES = new LinkedHashMap<>();
    /** "place key" to the default the schema gives. */
    private static final Map<String, Object> DEFAULTS = new TreeMap<>();

    @BeforeAll
    static void readSchema() throws IOException {
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(ScenarioLoader.SCHEMA_RESOURCE)) {
            assertNotNull(in, "the schema is on the class path");
            schema = new Yaml().load(in); // JSON is YAML
        }
        walk(schema, "");
    }

    @Test
    void schema_isDraft07WithATitle() {
        assertEquals("http://json-schema.org/draft-07/schema#", schema.get("$schema"));
        assertEquals("udpsim scenario", schema.get("title"));
    }

    @Test
    void everyKeyTheParserAccepts_isInTheSchema_andViceVersa() {
        assertEquals(ScenarioKeys.PLACES, PLACES);
    }

    @Test
    void everyProgram_isInTheSchema_withItsArguments() {
        Map<String, Object> program = definition("program");
        List<Object> ids = new ArrayList<>();
        for (Object alternative : list(program.get("anyOf"))) {
            Object e = map(alternative).get("enum");
            if (e != null) {
                ids.addAll(list(e));
            }
        }
        assertEquals(Program.ids(), ids);

        Map<String, Object> programArgs = definition("programArgs");
        assertEquals(Program.ids(), List.copyOf(programArgs.keySet()));
        for (Program p : Program.named()) {
            Map<String, Object> args = map(programArgs.get(p.id()));
            Map<String, Object> properties = map(args.get("properties"));
            assertEquals(p.params().stream().map(Param::name).toList(), List.copyOf(properties.keySet()), p.id());
            assertEquals(p.params().stream().filter(Param::required).map(Param::name).toList(),
                    args.containsKey("required") ? list(args.get("required")) : List.of(), p.id());
            for (Param param : p.params()) {
                Object d = map(properties.get(param.name())).get("default");
                assertEquals(param.defaultText(), java.util.Optional.ofNullable(d).map(Object::toString),
                        p.id() + " " + param.name());
            }
            for (String host : List.of("board", "pc")) {
                assertTrue(list(definition(host).get("allOf")).stream().anyMatch(c -> String.valueOf(c)
                        .contains("const=" + p.id() + "}")), host + " selects the args of " + p.id());
            }
        }
    }

    @Test
    void schemaDefaults_areTheLoadersDefaults() {
        Map<String, Object> expected = new TreeMap<>();
        expected.put(" seed", Defaults.SEED);
        expected.put(" description", Defaults.DESCRIPTION);
        expected.put("network.access_points.* password", "");
        expected.put("network.access_points.* subnet", AccessPointConfig.DEFAULT_SUBNET);
        expected.put("network.access_points.* radio", "");
        expected.put("network.access_points.* retries", (long) AccessPointConfig.DEFAULT_RETRY_LIMIT);
        expected.put("network.access_points.* phy_rate", AccessPointConfig.DEFAULT_PHY_RATE);
        expected.put("network.access_points.* rssi", (long) AccessPointConfig.DEFAULT_RSSI_DBM);
        expected.put("network.links.# rate", LinkConfig.DEFAULT_RATE);
        expected.put("network.links.# delay", LinkConfig.DEFAULT_DELAY_NANOS);
        expected.put("network.links.# queue", (long) LinkConfig.DEFAULT_QUEUE_LIMIT);
        expected.put("boards.* start", Defaults.START_NANOS);
        expected.put("boards.*.soft_ap password", "");
        expected.put("pcs.* start", Defaults.START_NANOS);
        expected.put("boards.* python", Defaults.PYTHON);
        expected.put("boards.*.buttons.# hold", Defaults.BUTTON_HOLD_NANOS);
        expected.put("impairments.# limit", (long) NetemSpec.DEFAULT_LIMIT);
        expected.put("impairments.#.delay distribution", "uniform");
        expected.put("expect.# replications", (long) Defaults.REPLICATIONS);
        expected.put("expect.# confidence", Defaults.CONFIDENCE);
        netemDefaults().forEach(expected::putIfAbsent);

        Map<String, Function<String, Object>> read = Map.of("phy_rate", Units::rate, "rate", Units::rate,
                "delay", Units::duration, "start", Units::duration, "hold", Units::duration);
        Map<String, Object> actual = new TreeMap<>();
        DEFAULTS.forEach((k, v) -> {
            String key = k.substring(k.indexOf(' ') + 1);
            Object value = v instanceof Integer i ? Long.valueOf(i) : v;
            actual.put(k, read.containsKey(key) ? read.get(key).apply((String) v) : value);
        });
        assertEquals(expected, actual);
    }

    /** "place key" to netem's default for each impairment parameter that has one, from the netem options. */
    private static Map<String, Object> netemDefaults() {
        Map<String, Object> d = new TreeMap<>();
        for (NetemOption o : NetemOptions.ALL) {
            for (NetemForm f : o.forms()) {
                String place = o.isSingleValue() ? "impairments.#" : f == o.defaultForm() ? "impairments.#."
                        + o.keyword() : "impairments.#." + o.keyword() + "." + f.keyword();
                for (NetemParam p : f.params()) {
                    if (!p.defaultText().isEmpty()) {
                        d.put(place + " " + p.name(), p.kind() == ValueKind.WHOLE ? (Object) Long.valueOf(
                                p.defaultText()) : p.defaultText());
                    }
                }
            }
        }
        return d;
    }

    /** Records the keys of every place with properties, following $ref, oneOf/anyOf, named maps and lists. */
    private static void walk(Map<String, Object> node, String place) {
        node = resolve(node);
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (node.containsKey(alternatives)) {
                for (Object a : list(node.get(alternatives))) {
                    walk(map(a), place);
                }
            }
        }
        if (node.get("properties") instanceof Map<?, ?> properties) {
            List<String> keys = new ArrayList<>();
            for (Map.Entry<?, ?> e : properties.entrySet()) {
                String key = (String) e.getKey();
                keys.add(key);
                Map<String, Object> property = resolve(map(e.getValue()));
                if (property.containsKey("default")) {
                    DEFAULTS.put(place + " " + key, property.get("default"));
                }
                walk(property, ScenarioKeys.child(place, key));
            }
            List<String> before = PLACES.putIfAbsent(place, keys);
            assertTrue(before == null || before.equals(keys), "two shapes at " + place);
        }
        if (node.get("additionalProperties") instanceof Map<?, ?> named) {
            walk(map(named), ScenarioKeys.child(place, "*"));
        }
        if (node.get("items") instanceof Map<?, ?> items) {
            walk(map(items), ScenarioKeys.child(place, "#"));
        }
    }

    private static Map<String, Object> resolve(Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        Map<String, Object> target = schema;
        for (String part : ((String) ref).substring(2).split("/")) {
            target = map(target.get(part));
        }
        return resolve(target);
    }

    private static Map<String, Object> definition(String name) {
        return map(map(schema.get("definitions")).get(name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "expected an object, got " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        assertTrue(o instanceof List, "expected an array, got " + o);
        return (List<Object>) o;
    }
}
