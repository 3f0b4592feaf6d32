package org.udpsim.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The structured form of an impairment ({@code loss: 5%}, {@code delay: {time: 20ms, jitter: 10ms}}) converted to
 * netem option text, in netem's vocabulary and order: delay, loss, duplicate, corrupt, reorder, rate, limit.
 * Each option is a value (the option's main number) or a mapping of its parameters; netem's positional parameters
 * (gemodel, state, rate's overheads) must be given in order without gaps.
 */
final class StructuredNetem {
    static final List<String> KEYS = List.of("delay", "loss", "duplicate", "corrupt", "reorder", "rate", "limit");
    private static final List<String> DISTRIBUTIONS = List.of("uniform", "normal", "pareto", "paretonormal");

    private static final String PLACE = "impairments.#";

    private final Problems problems;
    private final String what;

    /** @param what the impairment in messages, e.g. {@code impairments.1} */
    StructuredNetem(Problems problems, String what) {
        this.problems = problems;
        this.what = what;
    }

    /** The netem text for the structured keys of {@code f}; problems are reported. */
    String toNetem(Fields f) {
        List<String> parts = new ArrayList<>();
        if (f.has("delay")) {
            delay(f).ifPresent(parts::add);
        }
        if (f.has("loss")) {
            loss(f).ifPresent(parts::add);
        }
        for (String option : List.of("duplicate", "corrupt")) {
            if (f.has(option)) {
                share(f, option, List.of()).ifPresent(parts::add);
            }
        }
        if (f.has("reorder")) {
            share(f, "reorder", List.of("gap")).ifPresent(parts::add);
        }
        if (f.has("rate")) {
            rate(f).ifPresent(parts::add);
        }
        f.wholeNumber("limit", 0, Integer.MAX_VALUE).ifPresent(n -> parts.add("limit " + n));
        return String.join(" ", parts);
    }

    private Optional<String> delay(Fields f) {
        if (!(f.value("delay") instanceof MappingNode)) {
            return f.time("delay").map(t -> "delay " + Units.formatNetemTime(t));
        }
        Fields d = sub(f, "delay");
        if (!d.require("time")) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("delay ");
        d.time("time").ifPresent(t -> sb.append(Units.formatNetemTime(t)));
        d.time("jitter").ifPresent(j -> sb.append(' ').append(Units.formatNetemTime(j)));
        if (d.has("correlation")) {
            if (!d.has("jitter")) {
                problems.at(d.keyNode("correlation"), "delay correlation needs jitter: netem correlates the"
                        + " random part of the delay");
            }
            percent(d, "correlation").ifPresent(c -> sb.append(' ').append(c));
        }
        d.parse("distribution", t -> {
            String name = t.strip().toLowerCase(Locale.ROOT);
            if (!DISTRIBUTIONS.contains(name)) {
                throw ValueException.expected("uniform, normal, pareto or paretonormal",
                        Suggest.didYouMean(name, DISTRIBUTIONS));
            }
            return name;
        }, "a distribution name").ifPresent(n -> sb.append(" distribution ").append(n));
        return Optional.of(sb.toString());
    }

    private Optional<String> loss(Fields f) {
        if (!(f.value("loss") instanceof MappingNode)) {
            return percent(f, "loss").map(p -> "loss " + p);
        }
        Fields l = sub(f, "loss");
        List<String> models = List.of("percent", "gemodel", "state", "script").stream().filter(l::has).toList();
        if (models.size() != 1) {
            problems.at(models.size() > 1 ? l.keyNode(models.get(1)) : l.anchor(), "loss takes exactly one of"
                    + " percent, gemodel, state or script, got " + (models.isEmpty() ? "none" : String.join(", ",
                    models)));
            return Optional.empty();
        }
        if (l.has("correlation") && !l.has("percent")) {
            problems.at(l.keyNode("correlation"), "loss correlation goes with loss percent only");
        }
        return switch (models.get(0)) {
            case "percent" -> percent(l, "percent").map(p -> "loss " + p + percent(l, "correlation").map(c -> " " + c)
                    .orElse(""));
            case "gemodel" -> positional(l, "gemodel", "impairments.#.loss.gemodel").map(v -> "loss gemodel " + v);
            case "state" -> positional(l, "state", "impairments.#.loss.state").map(v -> "loss state " + v);
            default -> script(l);
        };
    }

    /** Shares given in netem's order without gaps: {@code p r 1-h 1-k}. */
    private Optional<String> positional(Fields l, String key, String subPlace) {
        Fields m = Fields.at(problems, subPlace, l.value(key), l.keyNode(key), what + ".loss." + key);
        List<String> order = ScenarioKeys.keys(subPlace);
        List<String> values = new ArrayList<>();
        boolean ok = true;
        int given = 0;
        for (int i = 0; i < order.size(); i++) {
            String k = order.get(i);
            if (!m.has(k)) {
                continue;
            }
            if (given != i) {
                problems.at(m.keyNode(k), "loss " + key + " " + k + " needs " + order.get(given) + " too: netem"
                        + " reads " + String.join(" ", order) + " in order");
                ok = false;
            }
            Optional<String> p = percent(m, k);
            ok &= p.isPresent();
            p.ifPresent(values::add);
            given++;
        }
        if (given == 0) {
            m.require(order.get(0));
            ok = false;
        }
        return ok ? Optional.of(String.join(" ", values)) : Optional.empty();
    }

    private Optional<String> script(Fields l) {
        Node n = l.value("script");
        List<String> numbers = new ArrayList<>();
        if (n instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
            for (Node item : Nodes.items(n, "packet numbers", problems)) {
                Fields.parse(problems, item, t -> Units.wholeNumber(t, "a packet number", 1, Long.MAX_VALUE),
                        Units.WHOLE_NUMBER).ifPresent(v -> numbers.add(Long.toString(v)));
            }
            return numbers.isEmpty() ? Optional.empty() : Optional.of("loss script " + String.join(",", numbers));
        }
        return l.parse("script", t -> {
            String s = t.replace(" ", "");
            if (!s.matches("\\d+(-\\d+)?(,\\d+(-\\d+)?)*")) {
                throw ValueException.expected("packet numbers like [3, 5, 7] or '3,5,7-9'");
            }
            return "loss script " + s;
        }, "packet numbers like [3, 5, 7] or '3,5,7-9'");
    }

    /** duplicate, corrupt, reorder: a share, or {percent, correlation[, gap]}. */
    private Optional<String> share(Fields f, String option, List<String> extra) {
        if (!(f.value(option) instanceof MappingNode)) {
            return percent(f, option).map(p -> option + " " + p);
        }
        Fields s = sub(f, option);
        if (!s.require("percent")) {
            return Optional.empty();
        }
        Optional<String> p = percent(s, "percent");
        Optional<String> c = percent(s, "correlation");
        StringBuilder sb = new StringBuilder(option).append(' ').append(p.orElse("0%"));
        c.ifPresent(v -> sb.append(' ').append(v));
        if (extra.contains("gap")) {
            s.wholeNumber("gap", 1, Integer.MAX_VALUE).ifPresent(g -> sb.append(" gap ").append(g));
        }
        return p.isPresent() ? Optional.of(sb.toString()) : Optional.empty();
    }

    private Optional<String> rate(Fields f) {
        if (!(f.value("rate") instanceof MappingNode)) {
            return f.parse("rate", Units::rate, Units.RATE).map(r -> "rate " + Units.formatRate(r));
        }
        Fields r = sub(f, "rate");
        if (!r.require("speed")) {
            return Optional.empty();
        }
        Optional<Long> speed = r.parse("speed", Units::rate, Units.RATE);
        StringBuilder sb = new StringBuilder("rate ").append(speed.map(Units::formatRate).orElse(""));
        List<String> order = List.of("packetoverhead", "cellsize", "celloverhead");
        int given = 0;
        for (int i = 0; i < order.size(); i++) {
            String k = order.get(i);
            if (!r.has(k)) {
                continue;
            }
            if (given != i) {
                problems.at(r.keyNode(k), "rate " + k + " needs " + order.get(given) + " too: netem reads"
                        + " packetoverhead cellsize celloverhead in order");
            }
            long min = k.equals("cellsize") ? 0 : Integer.MIN_VALUE;
            r.wholeNumber(k, min, Integer.MAX_VALUE).ifPresent(v -> sb.append(' ').append(v));
            given++;
        }
        return speed.isPresent() ? Optional.of(sb.toString()) : Optional.empty();
    }

    private Optional<String> percent(Fields f, String key) {
        return f.parse(key, t -> Units.formatPercent(percentOf(key, t)), Units.PERCENT);
    }

    private static BigDecimal percentOf(String key, String text) {
        try {
            return Units.percent(text);
        } catch (ValueException e) {
            if (e.wrongKind()) {
                throw e;
            }
            throw ValueException.invalid(key + " must be 0%-100%, got " + text.strip());
        }
    }

    private Fields sub(Fields f, String key) {
        return Fields.at(problems, PLACE + "." + key, f.value(key), f.keyNode(key), what + "." + key);
    }
}
