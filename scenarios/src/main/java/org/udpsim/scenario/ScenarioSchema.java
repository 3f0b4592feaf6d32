package org.udpsim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.udpsim.impairments.GivenOption;
import org.udpsim.impairments.NetemForm;
import org.udpsim.impairments.NetemOption;
import org.udpsim.impairments.NetemOptions;
import org.udpsim.impairments.NetemParam;
import org.udpsim.impairments.ValueKind;
import org.yaml.snakeyaml.Yaml;

/**
 * The scenario JSON Schema ({@value ScenarioLoader#SCHEMA_RESOURCE}, the file editors point at) with its impairment
 * options generated from {@link NetemOptions}, and the table of impairment keys in SCENARIO-FORMAT.md.
 *
 * <p>The schema is hand-written except the options of {@code definitions.impairment} (every property after
 * {@code hop} and {@code netem}), which {@link #generate(String)} makes from the netem options' description. A
 * test fails when the committed file differs from what is generated, and says how to regenerate it:
 * {@code udpsim schema} prints the schema, and {@code ScenarioSchemaTest} with {@code -Dudpsim.regenerate=true}
 * rewrites the schema and the format's table in place.
 */
public final class ScenarioSchema {
    /** tc's durations as the loader reads them ({@link Units#duration}). */
    static final String DURATION_PATTERN =
            "^\\s*[+]?(\\d+(\\.\\d+)?|\\.\\d+)\\s*([nN][sS]|[uUµ][sS]|[mM][sS]|[sS]|[mM][iI][nN])\\s*$";
    static final String PERCENT_PATTERN = "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%\\s*$";
    static final String RATE_PATTERN = "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*([bB][iI][tT]|[kKmMgG][bB][iI][tT])\\s*$";
    static final String PACKETS_PATTERN = "^\\s*\\d+(-\\d+)?(\\s*,\\s*\\d+(-\\d+)?)*\\s*$";

    /** The lines around the generated table in SCENARIO-FORMAT.md. */
    static final String TABLE_START = "<!-- impairment keys, generated from org.udpsim.impairments.NetemOptions:"
            + " see ScenarioSchema -->";
    static final String TABLE_END = "<!-- end of impairment keys -->";

    private ScenarioSchema() {
    }

    /** The schema as it should be: the one on the class path with its impairment options generated. */
    public static String generate() {
        try (InputStream in = ScenarioSchema.class.getResourceAsStream(ScenarioLoader.SCHEMA_RESOURCE)) {
            return generate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code schemaJson} with the properties of {@code definitions.impairment} after hop and netem generated. */
    @SuppressWarnings("unchecked")
    static String generate(String schemaJson) {
        Map<String, Object> schema = new Yaml().load(schemaJson); // JSON is YAML
        Map<String, Object> impairment = (Map<String, Object>) ((Map<String, Object>) schema.get("definitions"))
                .get("impairment");
        Map<String, Object> old = (Map<String, Object>) impairment.get("properties");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("hop", old.get("hop"));
        properties.put("netem", old.get("netem"));
        for (NetemOption o : NetemOptions.ALL) {
            properties.put(o.keyword(), option(o));
        }
        impairment.put("properties", properties);
        return Json.write(schema) + "\n";
    }

    private static Map<String, Object> option(NetemOption o) {
        NetemParam first = o.defaultForm().params().get(0);
        String title = "netem " + o.keyword() + (o.note().isEmpty() ? "" : " (" + o.note() + ")");
        if (o.isSingleValue()) {
            return param(first, title + ": " + o.meaning() + ".");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> shapes = shapes(o);
        m.put("description", title + ": a " + noun(first.kind()) + ", or " + (shapes.size() > 1 ? "one of " : "")
                + String.join(", ", shapes) + ".");
        Map<String, Object> mapping = object(o.forms().size() == 1 ? List.of(first.name()) : List.of());
        Map<String, Object> properties = params(o.defaultForm());
        for (NetemForm f : StructuredNetem.otherForms(o)) {
            if (f.params().size() == 1) {
                properties.put(f.keyword(), param(f.params().get(0), f.params().get(0).meaning() + "."));
            } else {
                Map<String, Object> sub = new LinkedHashMap<>();
                sub.put("type", "object");
                sub.put("description", f.meaning() + "; give the values in order without gaps.");
                sub.putAll(object(List.of(f.params().get(0).name())));
                sub.put("properties", params(f));
                properties.put(f.keyword(), sub);
            }
        }
        mapping.put("properties", properties);
        m.put("oneOf", List.of(param(first, first.meaning() + "."), mapping));
        return m;
    }

    /** The option's mapping in words: {@code {time, jitter}}, or one per form: {@code {gemodel: {p, r}}}. */
    static List<String> shapes(NetemOption o) {
        if (o.forms().size() == 1) {
            return List.of("{" + String.join(", ", StructuredNetem.optionKeys(o)) + "}");
        }
        List<String> shapes = new ArrayList<>(List.of("{" + String.join(", ", names(o.defaultForm())) + "}"));
        for (NetemForm f : StructuredNetem.otherForms(o)) {
            String inner = f.params().size() == 1 ? example(f.params().get(0).kind())
                    : "{" + String.join(", ", names(f)) + "}";
            shapes.add("{" + f.keyword() + ": " + inner + "}");
        }
        return shapes;
    }

    private static Map<String, Object> object(List<String> required) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "object");
        m.put("additionalProperties", false);
        if (!required.isEmpty()) {
            m.put("required", required);
        }
        return m;
    }

    private static Map<String, Object> params(NetemForm form) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (NetemParam p : form.params()) {
            properties.put(p.name(), param(p, p.meaning() + "."));
        }
        return properties;
    }

    /** The schema of one value, with its kind's pattern and rules after {@code description}. */
    private static Map<String, Object> param(NetemParam p, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (p.kind()) {
            case PERCENT -> text(m, PERCENT_PATTERN, description + " A percentage 0%-100%, e.g. 5%.");
            case TIME -> text(m, DURATION_PATTERN, description + " 0s or more. Units: ns, us, ms, s, min, e.g. 30s,"
                    + " 1.5s, 200ms.");
            case RATE -> text(m, RATE_PATTERN, description + " Units: bit, kbit, mbit, gbit (bits per second), e.g."
                    + " 54mbit.");
            case WHOLE -> {
                m.put("type", "integer");
                m.put("minimum", p.min());
                if (p.max() != Integer.MAX_VALUE) {
                    m.put("maximum", p.max());
                }
                m.put("description", description);
            }
            case WORD -> {
                m.put("type", "string");
                m.put("enum", p.choices());
                m.put("description", description);
            }
            case PACKET_LIST -> {
                m.put("description", description);
                m.put("oneOf", List.of(sorted("type", "array", "items", sorted("type", "integer", "minimum", 1)),
                        sorted("type", "string", "pattern", PACKETS_PATTERN)));
            }
            default -> throw new IllegalStateException(p.kind().toString());
        }
        if (!p.defaultText().isEmpty()) {
            m.put("default", p.kind() == ValueKind.WHOLE ? Long.parseLong(p.defaultText()) : p.defaultText());
        }
        return m;
    }

    /** A map of two entries in this order. */
    private static Map<String, Object> sorted(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static void text(Map<String, Object> m, String pattern, String description) {
        m.put("type", "string");
        m.put("pattern", pattern);
        m.put("description", description);
    }

    private static String noun(ValueKind kind) {
        return switch (kind) {
            case PERCENT -> "percentage";
            case TIME -> "time";
            case RATE -> "rate";
            case WHOLE -> "whole number";
            case WORD -> "word";
            case PACKET_LIST -> "list of packet numbers";
        };
    }

    /** A value of this kind as a scenario writes it. */
    private static String example(ValueKind kind) {
        return switch (kind) {
            case PERCENT -> "5%";
            case TIME -> "20ms";
            case RATE -> "1mbit";
            case WHOLE -> "5";
            case WORD -> "normal";
            case PACKET_LIST -> "[3, 5, 7]";
        };
    }

    private static List<String> names(NetemForm form) {
        return form.params().stream().map(NetemParam::name).toList();
    }

    /**
     * The table of an impairment's keys for SCENARIO-FORMAT.md, between {@link #TABLE_START} and
     * {@link #TABLE_END}: hop and netem, then every option with its value and its netem examples.
     */
    static String impairmentTable() {
        StringBuilder sb = new StringBuilder(TABLE_START).append('\n');
        sb.append("| key | value | netem text |\n|---|---|---|\n");
        sb.append("| `hop` | `FROM -> TO` | required: the hop direction, as above |\n");
        sb.append("| `netem` | netem options | `loss 20% delay 20ms 10ms reorder 10%`; or the keys below, not both |\n");
        for (NetemOption o : NetemOptions.ALL) {
            NetemParam first = o.defaultForm().params().get(0);
            String main = "`" + mainValue(o) + "`";
            String value;
            if (o.isSingleValue()) {
                value = main + " (" + noun(first.kind()) + (first.kind() == ValueKind.WHOLE ? " ≥ " + first.min() : "")
                        + (first.defaultText().isEmpty() ? "" : "; default `" + first.defaultText() + "`") + ")";
            } else {
                value = main + " or " + String.join(", ", shapes(o).stream().map(x -> "`" + x + "`").toList());
            }
            String examples = String.join(", ", o.examples().stream().map(e -> "`" + e + "`").toList())
                    + (o.note().isEmpty() ? "" : " (" + o.note() + ")");
            sb.append("| `").append(o.keyword()).append("` | ").append(value).append(" | ").append(examples)
                    .append(" |\n");
        }
        return sb.append(TABLE_END).append('\n').toString();
    }

    /** The option's main value in its first example, e.g. {@code 20ms} of {@code delay 20ms 10ms}. */
    private static String mainValue(NetemOption o) {
        for (GivenOption g : NetemOptions.read(o.examples().get(0))) {
            if (g.option() == o) {
                return g.values().values().iterator().next();
            }
        }
        throw new IllegalStateException(o.keyword() + "'s first example does not use it");
    }

    /** {@code markdown} with the text between the table's markers replaced by {@link #impairmentTable()}. */
    static String withImpairmentTable(String markdown) {
        int start = markdown.indexOf(TABLE_START);
        int end = markdown.indexOf(TABLE_END);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("no lines " + TABLE_START + " ... " + TABLE_END);
        }
        return markdown.substring(0, start) + impairmentTable() + markdown.substring(end + TABLE_END.length() + 1);
    }
}
