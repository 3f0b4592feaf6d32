package org.udpsim.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.udpsim.impairments.GivenOption;
import org.udpsim.impairments.NetemForm;
import org.udpsim.impairments.NetemOption;
import org.udpsim.impairments.NetemOptions;
import org.udpsim.impairments.NetemParam;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.scenario.Impairment;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.SourcePosition;
import org.udpsim.topology.AccessPointNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The "what if" controls of a served scenario: for each impairment entry of the file and each access point's radio,
 * every netem option of {@link NetemOptions#ALL} with the parameters of the form it is given in (its default form
 * if it is not given); each access point's retries; and the seed. A control's value is text as the scenario file
 * writes it ({@code 40%}, {@code 20ms}); an empty value leaves the parameter out.
 *
 * <p>The controls' values become command-line arguments, exactly those {@code udpsim run FILE ...} takes for the same
 * change: {@code --seed N} for the seed, {@code --set impairments.0.netem=TEXT} for an entry written as netem text
 * (the whole text, rebuilt), {@code --set impairments.0.loss=40%} or
 * {@code --set 'impairments.0.delay={time: 20ms, jitter: 5ms}'} for an option of an entry in the structured form,
 * {@code --set network.access_points.NAME.radio=TEXT} and {@code --set network.access_points.NAME.retries=N}. Only
 * what differs from the file is set, so the file's own values give no argument at all.
 *
 * <p>A value is keyed {@code PATH|OPTION|PARAM} (e.g. {@code impairments.0|loss|percent}) for a netem parameter,
 * the {@code --set} path for the retries, and {@code seed}.
 */
public final class WhatIfControls {
    /** The key of the seed's value. */
    public static final String SEED = "seed";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * One place netem options apply: an impairment entry of the file or an access point's radio.
     *
     * @param path the {@code --set} path of the entry ({@code impairments.0}) or of the radio
     *     ({@code network.access_points.classroom.radio})
     * @param title what it is, for the page: {@code client -> classroom}, {@code classroom radio}
     * @param structured true if the entry is in the structured form, so each option is set on its own
     * @param given the options as the file gives them, in netem's order
     */
    record Place(String path, String title, boolean structured, List<GivenOption> given) {
        Place {
            given = List.copyOf(given);
        }

        /** The option as given, or null. */
        GivenOption given(NetemOption o) {
            return given.stream().filter(g -> g.option() == o).findFirst().orElse(null);
        }

        /** The form a control shows for {@code o}: the one given, or the default. */
        NetemForm form(NetemOption o) {
            GivenOption g = given(o);
            return g == null ? o.defaultForm() : g.form();
        }
    }

    /**
     * An access point's retries.
     *
     * @param path the {@code --set} path, {@code network.access_points.NAME.retries}
     * @param accessPoint its name
     * @param retries the retries the file gives (or the default)
     */
    record Retries(String path, String accessPoint, int retries) {
    }

    private final List<Place> places;
    private final List<Retries> retries;
    private final long seed;

    WhatIfControls(List<Place> places, List<Retries> retries, long seed) {
        this.places = List.copyOf(places);
        this.retries = List.copyOf(retries);
        this.seed = seed;
    }

    /**
     * The controls of {@code scenario}, loaded as written from a file whose text is {@code fileText} (read again
     * to tell an entry in netem text from one in the structured form).
     */
    public static WhatIfControls of(Scenario scenario, String fileText) {
        List<Entry> entries = entries(fileText);
        List<Place> places = new ArrayList<>();
        List<SourcePosition> seen = new ArrayList<>();
        for (Impairment i : scenario.impairments()) {
            // a group's entry is one impairment per member, all at the entry's position: the entry is its first
            if (seen.contains(i.position())) {
                continue;
            }
            int index = seen.size();
            seen.add(i.position());
            Entry entry = index < entries.size() ? entries.get(index) : new Entry(true, null);
            places.add(new Place("impairments." + index, entry.hop() == null ? i.hop().toString() : entry.hop(),
                    !entry.netemText(), NetemOptions.read(i.netem().toNetem())));
        }
        List<Retries> retries = new ArrayList<>();
        for (AccessPointNode ap : scenario.network().accessPoints()) {
            String base = "network.access_points." + ap.name();
            NetemSpec radio = ap.config().radio();
            places.add(new Place(base + ".radio", ap.name() + " radio", false, NetemOptions.read(radio.toNetem())));
            retries.add(new Retries(base + ".retries", ap.name(), ap.config().retryLimit()));
        }
        return new WhatIfControls(places, retries, scenario.seed());
    }

    /** An entry of the file's {@code impairments:} list: whether it writes {@code netem:} text, its hop as written. */
    private record Entry(boolean netemText, String hop) {
    }

    private static List<Entry> entries(String fileText) {
        Object root = new Yaml(new LoaderOptions()).load(fileText);
        List<Entry> out = new ArrayList<>();
        if (root instanceof Map<?, ?> m && m.get("impairments") instanceof List<?> list) {
            for (Object entry : list) {
                Map<?, ?> e = entry instanceof Map<?, ?> map ? map : Map.of();
                out.add(new Entry(e.containsKey("netem"), e.get("hop") == null ? null
                        : e.get("hop").toString().strip().replaceAll("\\s*->\\s*", " -> ")));
            }
        }
        return out;
    }

    /** The file's values of every control. */
    public Map<String, String> fileValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SEED, Long.toString(seed));
        for (Place p : places) {
            for (NetemOption o : NetemOptions.ALL) {
                GivenOption g = p.given(o);
                for (NetemParam param : p.form(o).params()) {
                    values.put(key(p, o, param), g == null ? "" : g.values().getOrDefault(param.name(), ""));
                }
            }
        }
        for (Retries r : retries) {
            values.put(r.path(), Integer.toString(r.retries()));
        }
        return values;
    }

    /**
     * The controls for the page with {@code values} shown (the file's where a value is missing): {@code seed},
     * {@code places} (each with {@code path}, {@code title} and {@code options}: {@code keyword}, {@code meaning},
     * {@code form} (empty for the default form), {@code note}, {@code params}, each param with {@code key}, {@code name}, {@code kind}, {@code meaning},
     * {@code value}, {@code default}, {@code choices}) and {@code retries} ({@code key}, {@code ap}, {@code value}).
     */
    public ObjectNode describe(Map<String, String> values) {
        Map<String, String> file = fileValues();
        ObjectNode out = JSON.objectNode();
        out.put("seed", values.getOrDefault(SEED, file.get(SEED)));
        ArrayNode ps = out.putArray("places");
        for (Place p : places) {
            ObjectNode place = ps.addObject().put("path", p.path()).put("title", p.title());
            ArrayNode options = place.putArray("options");
            for (NetemOption o : NetemOptions.ALL) {
                NetemForm form = p.form(o);
                ObjectNode option = options.addObject().put("keyword", o.keyword()).put("meaning", o.meaning())
                        .put("form", form == o.defaultForm() ? "" : form.keyword()).put("note", o.note());
                ArrayNode params = option.putArray("params");
                for (NetemParam param : form.params()) {
                    String k = key(p, o, param);
                    ObjectNode pn = params.addObject().put("key", k).put("name", param.name())
                            .put("kind", param.kind().name().toLowerCase(Locale.ROOT)).put("meaning", param.meaning())
                            .put("value", values.getOrDefault(k, file.get(k))).put("default", param.defaultText());
                    ArrayNode choices = pn.putArray("choices");
                    param.choices().forEach(choices::add);
                }
            }
        }
        ArrayNode rs = out.putArray("retries");
        for (Retries r : retries) {
            rs.addObject().put("key", r.path()).put("ap", r.accessPoint())
                    .put("value", values.getOrDefault(r.path(), file.get(r.path())));
        }
        return out;
    }

    /**
     * The arguments after {@code udpsim run FILE} that make the change {@code values} asks for, in the controls'
     * order: {@code --seed N} if the seed differs from the file's, then a {@code --set} for each place, option or
     * retries that differs. A missing value is the file's.
     *
     * @throws IllegalArgumentException if an option of an entry in the structured form is emptied: a
     *     {@code --set} can change a key of the file, not remove it
     */
    public List<String> arguments(Map<String, String> values) {
        Map<String, String> file = fileValues();
        List<String> args = new ArrayList<>();
        String s = values.getOrDefault(SEED, file.get(SEED)).strip();
        if (!s.equals(file.get(SEED))) {
            args.add("--seed");
            args.add(s);
        }
        for (Place p : places) {
            List<String> texts = new ArrayList<>();
            boolean changed = false;
            for (NetemOption o : NetemOptions.ALL) {
                NetemForm form = p.form(o);
                Map<String, String> given = new LinkedHashMap<>();
                boolean optionChanged = false;
                for (NetemParam param : form.params()) {
                    String k = key(p, o, param);
                    String v = values.getOrDefault(k, file.get(k)).strip();
                    optionChanged |= !v.equals(file.get(k));
                    if (!v.isEmpty()) {
                        given.put(param.name(), v);
                    }
                }
                changed |= optionChanged;
                boolean present = given.containsKey(form.params().get(0).name());
                if (present) {
                    texts.add(new GivenOption(o, form, given).toNetem());
                }
                if (p.structured() && optionChanged) {
                    if (!present) {
                        throw new IllegalArgumentException(p.path() + "." + o.keyword() + ": " + o.keyword()
                                + " cannot be taken out of the file's entry here; set its "
                                + form.params().get(0).name() + " to 0 instead");
                    }
                    args.add("--set");
                    args.add(p.path() + "." + o.keyword() + "=" + structured(o, form, given));
                }
            }
            if (!p.structured() && changed) {
                args.add("--set");
                args.add((p.path().startsWith("impairments.") ? p.path() + ".netem" : p.path()) + "="
                        + String.join(" ", texts));
            }
        }
        for (Retries r : retries) {
            String v = values.getOrDefault(r.path(), file.get(r.path())).strip();
            if (!v.equals(file.get(r.path()))) {
                args.add("--set");
                args.add(r.path() + "=" + v);
            }
        }
        return args;
    }

    /**
     * An option of the structured form as a {@code --set} value: its main value alone ({@code 40%}) when that is
     * all that is given of the default form, else a YAML flow mapping of its parameters, inside the form's key for
     * another form ({@code {gemodel: {p: 1%, r: 10%}}}).
     */
    private static String structured(NetemOption o, NetemForm form, Map<String, String> given) {
        boolean isDefault = form == o.defaultForm();
        if (isDefault && given.size() == 1) {
            return given.values().iterator().next();
        }
        List<String> pairs = new ArrayList<>();
        given.forEach((name, value) -> pairs.add(name + ": " + yamlScalar(value)));
        String mapping = "{" + String.join(", ", pairs) + "}";
        if (isDefault) {
            return mapping;
        }
        return "{" + form.keyword() + ": " + (form.params().size() == 1 ? yamlScalar(given.values().iterator().next())
                : mapping) + "}";
    }

    /** A value inside a YAML flow mapping: as it is when plain YAML reads it back unchanged, else single-quoted. */
    private static String yamlScalar(String value) {
        return value.matches("[A-Za-z0-9._%+-]+") ? value : "'" + value.replace("'", "''") + "'";
    }

    private static String key(Place p, NetemOption o, NetemParam param) {
        return p.path() + "|" + o.keyword() + "|" + param.name();
    }
}
