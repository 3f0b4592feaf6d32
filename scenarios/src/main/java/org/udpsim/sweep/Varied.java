package org.udpsim.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.udpsim.scenario.Board;
import org.udpsim.scenario.Impairment;
import org.udpsim.scenario.Pc;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.SourcePosition;
import org.udpsim.topology.WiredLink;

/**
 * What a variation's path is in the scenario, as facts the report turns into words in its language: {@code
 * sweep.json} keeps them beside the path as {@code about}, a flat object whose {@code kind} says which other keys
 * it has:
 *
 * <table>
 *   <caption>kinds</caption>
 *   <tr><th>kind</th><th>path</th><th>keys</th></tr>
 *   <tr><td>{@code impairment}</td><td>{@code impairments.N.loss}, {@code impairments.N.delay.jitter},
 *       {@code impairments.N.netem} …</td><td>{@code from}, {@code to} (a group's name for a group's hops),
 *       {@code link} ({@code radio_up}: a station to its access point; {@code radio_down}: the other way;
 *       {@code uplink}: an access point and its router; {@code wired}: a link), {@code group} ({@code true}
 *       when an end is a group of boards: the entry impairs each member's hop), {@code option} (netem's word:
 *       {@code loss}, {@code delay}, {@code jitter}, {@code duplicate}, {@code corrupt}, {@code reorder},
 *       {@code rate}, {@code limit}; or {@code netem} for a number elsewhere in a netem text, with
 *       {@code template})</td></tr>
 *   <tr><td>{@code radio}</td><td>{@code network.access_points.X.radio}</td><td>{@code access_point},
 *       {@code option} (and {@code template}) as above</td></tr>
 *   <tr><td>{@code retries}</td><td>{@code network.access_points.X.retries}</td><td>{@code access_point}</td></tr>
 *   <tr><td>{@code count}</td><td>{@code boards.X.count}</td><td>{@code group}</td></tr>
 *   <tr><td>{@code start}</td><td>{@code boards.X.start}, {@code pcs.X.start}</td><td>{@code node}</td></tr>
 *   <tr><td>{@code arg}</td><td>{@code boards.X.args.K}, {@code pcs.X.args.K}</td><td>{@code node},
 *       {@code arg}</td></tr>
 *   <tr><td>{@code link}</td><td>{@code network.links.N.delay|rate|queue}</td><td>{@code a}, {@code b},
 *       {@code option}</td></tr>
 *   <tr><td>{@code duration}</td><td>{@code duration}</td><td></td></tr>
 *   <tr><td>{@code path}</td><td>anything else</td><td>none: the report shows the path</td></tr>
 * </table>
 */
public final class Varied {
    private static final List<String> NETEM_WORDS = List.of("delay", "loss", "duplicate", "corrupt", "reorder",
            "rate", "limit");

    private Varied() {
    }

    /** The facts about {@code v} in {@code scenario} (a scenario of the sweep, loaded with its overrides). */
    public static Map<String, String> about(Scenario scenario, Variation v) {
        String[] p = v.path().split("\\.");
        Map<String, String> a = new LinkedHashMap<>();
        if (p.length >= 3 && p[0].equals("impairments") && p[1].matches("\\d+")) {
            Optional<Impairment> hop = entry(scenario, Integer.parseInt(p[1]));
            String option = option(p, 2, v.template());
            if (hop.isPresent() && option != null) {
                a.put("kind", "impairment");
                String from = groupOf(scenario, hop.get().hop().from());
                String to = groupOf(scenario, hop.get().hop().to());
                a.put("from", from);
                a.put("to", to);
                a.put("link", link(scenario, hop.get().hop().from(), hop.get().hop().to()));
                if (!from.equals(hop.get().hop().from()) || !to.equals(hop.get().hop().to())) {
                    a.put("group", "true");
                }
                putOption(a, option, v.template());
                return a;
            }
        } else if (p.length == 4 && p[0].equals("network") && p[1].equals("access_points")
                && scenario.network().accessPoint(p[2]).isPresent()) {
            if (p[3].equals("radio")) {
                String option = option(p, 3, v.template());
                if (option != null) {
                    a.put("kind", "radio");
                    a.put("access_point", p[2]);
                    putOption(a, option, v.template());
                    return a;
                }
            } else if (p[3].equals("retries")) {
                a.put("kind", "retries");
                a.put("access_point", p[2]);
                return a;
            }
        } else if (p.length >= 3 && (p[0].equals("boards") || p[0].equals("pcs"))) {
            if (p.length == 3 && p[0].equals("boards") && p[2].equals("count") && isGroup(scenario, p[1])) {
                a.put("kind", "count");
                a.put("group", p[1]);
                return a;
            }
            if (p.length == 3 && p[2].equals("start")) {
                a.put("kind", "start");
                a.put("node", p[1]);
                return a;
            }
            if (p.length == 4 && p[2].equals("args")) {
                a.put("kind", "arg");
                a.put("node", p[1]);
                a.put("arg", p[3]);
                return a;
            }
        } else if (p.length == 4 && p[0].equals("network") && p[1].equals("links") && p[2].matches("\\d+")
                && List.of("delay", "rate", "queue").contains(p[3])) {
            int i = Integer.parseInt(p[2]);
            List<WiredLink> links = scenario.network().links();
            if (i < links.size()) {
                a.put("kind", "link");
                a.put("a", links.get(i).a());
                a.put("b", links.get(i).b());
                a.put("option", p[3]);
                return a;
            }
        } else if (v.path().equals("duration")) {
            a.put("kind", "duration");
            return a;
        }
        a.clear();
        a.put("kind", "path");
        return a;
    }

    private static void putOption(Map<String, String> a, String option, String template) {
        a.put("option", option);
        if (option.equals("netem")) {
            a.put("template", template);
        }
    }

    /**
     * Which netem option the path (from segment {@code at} on) or the template's number sets: {@code loss} for
     * {@code loss}, {@code loss.percent} or {@code netem} = {@code loss {}%}; null if the path is no impairment key.
     */
    private static String option(String[] p, int at, String template) {
        String key = p.length > at ? p[at] : "";
        String sub = p.length > at + 1 ? p[at + 1] : "";
        if (key.equals("netem") || key.equals("radio")) {
            return p.length == at + 1 ? netemOption(template) : null;
        }
        if (!NETEM_WORDS.contains(key) || p.length > at + 2) {
            return null;
        }
        if (key.equals("delay")) {
            return switch (sub) {
                case "", "time" -> "delay";
                case "jitter" -> "jitter";
                default -> key + "." + sub;
            };
        }
        if (key.equals("rate")) {
            return sub.isEmpty() || sub.equals("speed") ? "rate" : key + "." + sub;
        }
        return sub.isEmpty() || sub.equals("percent") ? key : key + "." + sub;
    }

    /** The option whose first value is the template's number ({@code jitter} for delay's second); else netem. */
    private static String netemOption(String template) {
        String[] words = template.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].contains(Variation.HOLE)) {
                if (i >= 1 && NETEM_WORDS.contains(words[i - 1])) {
                    return words[i - 1];
                }
                if (i >= 2 && words[i - 2].equals("delay")) {
                    return "jitter";
                }
                return "netem";
            }
        }
        return "netem";
    }

    /**
     * The hop of entry {@code index} of the file's {@code impairments:} list: the entry's hops share its position
     * (a group's entry gives one hop per member), in file order.
     */
    private static Optional<Impairment> entry(Scenario scenario, int index) {
        List<SourcePosition> seen = new ArrayList<>();
        for (Impairment i : scenario.impairments()) {
            if (!seen.contains(i.position())) {
                seen.add(i.position());
                if (seen.size() == index + 1) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    /** A hop end's name as the file wrote it: a group member's group. */
    private static String groupOf(Scenario scenario, String node) {
        return scenario.board(node).flatMap(Board::group).orElse(node);
    }

    private static boolean isGroup(Scenario scenario, String name) {
        return scenario.boards().stream().anyMatch(b -> b.group().equals(Optional.of(name)));
    }

    private static String link(Scenario scenario, String from, String to) {
        boolean fromAp = scenario.accessPointConfig(from).isPresent();
        boolean toAp = scenario.accessPointConfig(to).isPresent();
        if (toAp && station(scenario, from, to)) {
            return "radio_up";
        }
        if (fromAp && station(scenario, to, from)) {
            return "radio_down";
        }
        if (fromAp || toAp) {
            return "uplink";
        }
        return "wired";
    }

    private static boolean station(Scenario scenario, String node, String ap) {
        return scenario.board(node).flatMap(Board::accessPoint).filter(ap::equals).isPresent()
                || scenario.pc(node).flatMap(Pc::accessPoint).filter(ap::equals).isPresent();
    }
}
