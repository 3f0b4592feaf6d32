package org.udpsim.reports.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.udpsim.reports.text.ReportException;

/**
 * Which flows a report's per-flow charts (ladder, order of arrival) show. A flow is written
 * {@code protocol src > dst}, e.g. {@code udp 192.168.0.2:64333 > 192.168.0.3:6000}. A choice is a few words, each
 * of which must name the flow: its protocol, an address or {@code address:port} of either end, or the node name of
 * either end ({@code client}, {@code server:6000}). {@code "udp server"} picks the UDP flows to the server.
 */
public final class FlowChoice {
    private FlowChoice() {
    }

    /** The most flows of one protocol the charts show one by one; with more, they show the busiest. */
    public static final int MAX_SHOWN = 4;

    /**
     * The flows {@code choice} names; with no choice (null or blank), per protocol (UDP, then TCP) every flow that
     * is not a reply to another, busiest first, when there are at most {@link #MAX_SHOWN} of them, else the busiest
     * alone ({@link #notShown} lists the rest).
     *
     * @throws ReportException if no flow matches, listing the run's flows
     */
    public static List<String> choose(RunData run, String choice) {
        List<String> flows = run.flows();
        if (choice == null || choice.isBlank()) {
            List<String> out = new ArrayList<>();
            for (String proto : List.of("udp", "tcp")) {
                List<String> of = new ArrayList<>();
                for (String f : busiestFirst(run, proto)) {
                    if (!of.contains(reverse(f))) {
                        of.add(f);
                    }
                }
                out.addAll(of.size() <= MAX_SHOWN ? of : of.subList(0, 1));
            }
            return out;
        }
        List<String> out = new ArrayList<>();
        for (String f : flows) {
            if (matches(run, f, choice)) {
                out.add(f);
            }
        }
        if (out.isEmpty()) {
            throw new ReportException("no flow matches '" + choice + "'; the run's flows: "
                    + (flows.isEmpty() ? "none" : String.join(", ", flows)));
        }
        return out;
    }

    /** The UDP and TCP flows of the run that {@code shown} leaves out, replies to a shown flow aside, sorted. */
    public static List<String> notShown(RunData run, List<String> shown) {
        List<String> out = new ArrayList<>();
        for (String f : run.flows()) {
            String p = protocol(f);
            if ((p.equals("udp") || p.equals("tcp")) && !shown.contains(f) && !shown.contains(reverse(f))) {
                out.add(f);
            }
        }
        return out;
    }

    /** A flow in words, by its nodes' names: {@code UDP client:64333 → server:6000}. */
    public static String describe(RunData run, String flow) {
        return protocol(flow).toUpperCase(java.util.Locale.ROOT) + " " + end(run, src(flow)) + " → "
                + end(run, dst(flow));
    }

    private static String end(RunData run, String end) {
        int colon = end.indexOf(':');
        String ip = end.substring(0, colon);
        String node = ip.equals("255.255.255.255") || ip.endsWith(".255") && run.nodeAt(ip).equals(ip) ? "broadcast"
                : run.nodeAt(ip);
        return node + end.substring(colon);
    }

    /** The flows of a protocol, most packets first (sent packets, copies aside), then by name. */
    private static List<String> busiestFirst(RunData run, String protocol) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String f : run.flows()) {
            if (protocol(f).equals(protocol)) {
                counts.put(f, run.tripsOf(f).stream().filter(t -> !t.isCopy()).count());
            }
        }
        List<String> out = new ArrayList<>(counts.keySet());
        out.sort(java.util.Comparator.comparing((String f) -> -counts.get(f)).thenComparing(f -> f));
        return out;
    }

    static boolean matches(RunData run, String flow, String choice) {
        List<String> names = new ArrayList<>(List.of(protocol(flow)));
        for (String end : List.of(src(flow), dst(flow))) {
            String ip = end.substring(0, end.indexOf(':'));
            String port = end.substring(end.indexOf(':') + 1);
            String node = run.nodeAt(ip);
            names.addAll(List.of(end, ip, node, node + ":" + port));
        }
        for (String word : choice.trim().split("[\\s>]+")) {
            if (!word.isEmpty() && !names.contains(word)) {
                return false;
            }
        }
        return true;
    }

    public static String protocol(String flow) {
        return flow.split(" ")[0];
    }

    public static String src(String flow) {
        return flow.split(" ")[1];
    }

    public static String dst(String flow) {
        return flow.split(" ")[3];
    }

    /** The flow the other way: replies to {@code flow}. */
    public static String reverse(String flow) {
        return protocol(flow) + " " + dst(flow) + " > " + src(flow);
    }
}
