package org.udpsim.reports.sweep;

import java.util.Map;
import org.udpsim.reports.text.Labels;

/**
 * A varied value in words, from the facts {@code sweep.json} keeps about it: "loss rate on the client's radio hop
 * (client → classroom)" for {@code impairments.0.loss}, "number of boards in pupils" for {@code boards.pupils.count};
 * the path itself when nothing more is known. Plain text: the page escapes it.
 */
public final class VariedWords {
    private VariedWords() {
    }

    /** The value in full words, without its unit. */
    public static String name(SweepFolder.Varied v, Labels l) {
        Map<String, String> a = v.about();
        return switch (a.getOrDefault("kind", "path")) {
            case "impairment" -> {
                String link = a.getOrDefault("link", "wired");
                String key = "sweep.hop." + link + (a.containsKey("group") && link.startsWith("radio") ? ".group" : "");
                String station = link.equals("radio_down") ? a.get("to") : a.get("from");
                yield l.get(key, option(a, l), station, hop(a));
            }
            case "radio" -> l.get("sweep.radio", option(a, l), a.get("access_point"));
            case "retries" -> l.get("sweep.retries", a.get("access_point"));
            case "count" -> l.get("sweep.count", a.get("group"));
            case "start" -> l.get("sweep.start", a.get("node"));
            case "arg" -> l.get("sweep.arg", a.get("node"), a.get("arg"));
            case "link" -> l.get("sweep.link", option(a, l), a.get("a"), a.get("b"));
            case "duration" -> l.get("sweep.duration");
            default -> v.path();
        };
    }

    /** The value in a few words, for a chart's title: "loss rate (client → classroom)". */
    public static String shortName(SweepFolder.Varied v, Labels l) {
        Map<String, String> a = v.about();
        if (a.getOrDefault("kind", "").equals("impairment")) {
            return l.get("sweep.hop.short", option(a, l), hop(a));
        }
        return name(v, l);
    }

    /** The x axis's label: the name and, if the numbers have one, their unit: "… (client → classroom) (%)". */
    public static String axis(SweepFolder.Varied v, Labels l) {
        return withUnit(name(v, l), v.unit(), l);
    }

    /** {@code text} with {@code unit} after it in brackets, the unit in the page's language; as it is if none. */
    public static String withUnit(String text, String unit, Labels l) {
        return unit.isEmpty() ? text : l.get("sweep.unitAxis", text, unitWord(unit, l));
    }

    private static String unitWord(String unit, Labels l) {
        return switch (unit) {
            case "ms", "s", "us", "ns", "min" -> l.get("sweep.unit." + unit);
            case "µs" -> l.get("sweep.unit.us");
            default -> unit;
        };
    }

    private static String hop(Map<String, String> a) {
        return a.get("from") + " → " + a.get("to");
    }

    private static String option(Map<String, String> a, Labels l) {
        String option = a.getOrDefault("option", "");
        return switch (option) {
            case "loss", "delay", "jitter", "duplicate", "corrupt", "reorder", "rate", "limit", "queue" ->
                    l.get("sweep.option." + option);
            case "netem" -> l.get("sweep.option.netem", a.getOrDefault("template", ""));
            default -> option;
        };
    }
}
