package org.udpsim.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.udpsim.impairments.GivenOption;
import org.udpsim.impairments.NetemForm;
import org.udpsim.impairments.NetemOption;
import org.udpsim.impairments.NetemOptions;
import org.udpsim.impairments.NetemParam;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The structured form of an impairment ({@code loss: 5%}, {@code delay: {time: 20ms, jitter: 10ms}}) converted to
 * netem option text, made entirely from {@link NetemOptions}: its keys are the options' keywords, in their order.
 *
 * <p>An option is its main value (its default form's first parameter) or a mapping of its parameters; an option
 * with one value only ({@code limit}) is that value. An option with several forms ({@code loss}) takes the default
 * form's parameters right in its mapping ({@code loss: {percent: 5%, correlation: 25%}}) or one other form as a key
 * of its own: a mapping of that form's parameters ({@code gemodel: {p: 1%, r: 10%}}), or the value itself when the
 * form has one parameter ({@code script: [3, 5, 7]}). Positional parameters are given in netem's order without
 * gaps.
 */
final class StructuredNetem {
    private static final String PLACE = "impairments.#";

    /** The structured keys of an impairment: every option's keyword, in netem's order. */
    static final List<String> KEYS = NetemOptions.ALL.stream().map(NetemOption::keyword).toList();

    private final Problems problems;
    private final String what;

    /** @param what the impairment in messages, e.g. {@code impairments.1} */
    StructuredNetem(Problems problems, String what) {
        this.problems = problems;
        this.what = what;
    }

    /**
     * The places of {@link ScenarioKeys} for impairments, with their keys: {@code impairments.#} (hop, netem and
     * the options), each option's mapping, and each form's mapping.
     */
    static Map<String, List<String>> places() {
        Map<String, List<String>> places = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(List.of("hop", "netem"));
        keys.addAll(KEYS);
        places.put(PLACE, List.copyOf(keys));
        for (NetemOption o : NetemOptions.ALL) {
            if (o.isSingleValue()) {
                continue;
            }
            String place = PLACE + "." + o.keyword();
            places.put(place, optionKeys(o));
            for (NetemForm form : otherForms(o)) {
                if (form.params().size() > 1) {
                    places.put(place + "." + form.keyword(), names(form));
                }
            }
        }
        return places;
    }

    /** The keys of an option's mapping: its default form's parameters, then its other forms. */
    static List<String> optionKeys(NetemOption o) {
        List<String> keys = new ArrayList<>(names(o.defaultForm()));
        otherForms(o).forEach(f -> keys.add(f.keyword()));
        return List.copyOf(keys);
    }

    static List<NetemForm> otherForms(NetemOption o) {
        return o.forms().subList(1, o.forms().size());
    }

    private static List<String> names(NetemForm form) {
        return form.params().stream().map(NetemParam::name).toList();
    }

    /** The netem text for the structured keys of {@code f}; problems are reported. */
    String toNetem(Fields f) {
        List<String> parts = new ArrayList<>();
        for (NetemOption o : NetemOptions.ALL) {
            if (f.has(o.keyword())) {
                option(f, o).ifPresent(parts::add);
            }
        }
        return String.join(" ", parts);
    }

    private Optional<String> option(Fields f, NetemOption o) {
        String key = o.keyword();
        NetemForm main = o.defaultForm();
        if (o.isSingleValue() || !(f.value(key) instanceof MappingNode)) {
            NetemParam first = main.params().get(0);
            return value(f, key, first).map(v -> new GivenOption(o, main, Map.of(first.name(), v)).toNetem());
        }
        Fields m = Fields.at(problems, PLACE + "." + key, f.value(key), f.keyNode(key), what + "." + key);
        if (o.forms().size() == 1) {
            if (!m.require(main.params().get(0).name())) {
                return Optional.empty();
            }
            return params(m, o, main).map(v -> new GivenOption(o, main, v).toNetem());
        }
        List<String> choices = new ArrayList<>(List.of(main.params().get(0).name()));
        otherForms(o).forEach(form -> choices.add(form.keyword()));
        List<String> given = choices.stream().filter(m::has).toList();
        if (given.size() != 1) {
            problems.at(given.size() > 1 ? m.keyNode(given.get(1)) : m.anchor(), key + " takes exactly one of "
                    + orList(choices) + ", got " + (given.isEmpty() ? "none" : String.join(", ", given)));
            return Optional.empty();
        }
        NetemForm form = given.get(0).equals(choices.get(0)) ? main : o.form(given.get(0));
        if (form != main) {
            for (NetemParam p : main.params().subList(1, main.params().size())) {
                if (m.has(p.name())) {
                    problems.at(m.keyNode(p.name()), key + " " + p.name() + " goes with " + key + " "
                            + choices.get(0) + " only");
                }
            }
        }
        Optional<Map<String, String>> values;
        if (form == main) {
            values = params(m, o, main);
        } else if (form.params().size() == 1) {
            NetemParam only = form.params().get(0);
            values = value(m, form.keyword(), only).map(v -> Map.of(only.name(), v));
        } else {
            String sub = form.keyword();
            Fields s = Fields.at(problems, PLACE + "." + key + "." + sub, m.value(sub), m.keyNode(sub),
                    what + "." + key + "." + sub);
            values = params(s, o, form);
        }
        NetemForm chosen = form;
        return values.map(v -> new GivenOption(o, chosen, v).toNetem());
    }

    /**
     * The values of a form's parameters in mapping {@code m}; a positional one given without the one before it is
     * reported, and so is a form with nothing given.
     */
    private Optional<Map<String, String>> params(Fields m, NetemOption o, NetemForm form) {
        String name = form == o.defaultForm() ? o.keyword() : o.keyword() + " " + form.keyword();
        List<NetemParam> order = form.positional();
        Map<String, String> values = new LinkedHashMap<>();
        boolean ok = true;
        int given = 0;
        for (int i = 0; i < order.size(); i++) {
            NetemParam p = order.get(i);
            if (!m.has(p.name())) {
                continue;
            }
            if (given != i) {
                problems.at(m.keyNode(p.name()), name + " " + p.name() + " needs " + order.get(given).name()
                        + " too: netem reads " + String.join(" ", order.stream().map(NetemParam::name).toList())
                        + " in order");
                ok = false;
            }
            Optional<String> v = value(m, p.name(), p);
            ok &= v.isPresent();
            v.ifPresent(s -> values.put(p.name(), s));
            given++;
        }
        if (given == 0) {
            m.require(order.get(0).name());
            ok = false;
        }
        for (NetemParam p : form.params()) {
            if (p.hasKeyword() && m.has(p.name())) {
                Optional<String> v = value(m, p.name(), p);
                ok &= v.isPresent();
                v.ifPresent(s -> values.put(p.name(), s));
            }
        }
        return ok ? Optional.of(values) : Optional.empty();
    }

    /** The value of {@code key} in {@code f}, read as parameter {@code p} takes it and written as netem does. */
    private Optional<String> value(Fields f, String key, NetemParam p) {
        return switch (p.kind()) {
            case PERCENT -> f.parse(key, t -> Units.formatPercent(percentOf(key, t)), Units.PERCENT);
            case TIME -> f.time(key).map(Units::formatNetemTime);
            case RATE -> f.parse(key, Units::rate, Units.RATE).map(Units::formatRate);
            case WHOLE -> f.wholeNumber(key, p.min(), p.max()).map(String::valueOf);
            case WORD -> f.parse(key, t -> {
                String word = t.strip().toLowerCase(Locale.ROOT);
                if (!p.choices().contains(word)) {
                    throw ValueException.expected(orList(p.choices()), Suggest.didYouMean(word, p.choices()));
                }
                return word;
            }, "a " + p.name() + " name");
            case PACKET_LIST -> packets(f, key);
        };
    }

    /** Packet numbers as a list ({@code [3, 5, 7]}) or text ({@code '3,5,7-9'}). */
    private Optional<String> packets(Fields f, String key) {
        Node n = f.value(key);
        if (n instanceof SequenceNode) {
            List<String> numbers = new ArrayList<>();
            for (Node item : Nodes.items(n, "packet numbers", problems)) {
                Fields.parse(problems, item, t -> Units.wholeNumber(t, "a packet number", 1, Long.MAX_VALUE),
                        Units.WHOLE_NUMBER).ifPresent(v -> numbers.add(Long.toString(v)));
            }
            return numbers.isEmpty() ? Optional.empty() : Optional.of(String.join(",", numbers));
        }
        return f.parse(key, t -> {
            String s = t.replace(" ", "");
            if (!s.matches("\\d+(-\\d+)?(,\\d+(-\\d+)?)*")) {
                throw ValueException.expected("packet numbers like [3, 5, 7] or '3,5,7-9'");
            }
            return s;
        }, "packet numbers like [3, 5, 7] or '3,5,7-9'");
    }

    /** "a, b, c or d". */
    static String orList(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", ")) + " or "
                + words.get(words.size() - 1);
    }

    private static BigDecimal percentOf(String key, String text) {
        try {
            return Units.percent(text);
        } catch (ValueException e) {
            if (e.wrongKind()) {
                throw e;
            }
            throw ValueException.invalid(key + " must be 0%-100%, got " + Shown.value(text.strip()));
        }
    }
}
