package org.udpsim.reports.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.udpsim.reports.report.ReportException;

/**
 * Which flows a report's per-flow charts (ladder, order of arrival) show. A flow is written
 * {@code protocol src > dst}, e.g. {@code udp 192.168.0.2:64333 > 192.168.0.3:6000}. A choice is a few words, each
 * of which must name the flow: its protocol, an address or {@code address:port} of either end, or the node name of
 * either end ({@code client}, {@code server:6000}). {@code "udp server"} picks the UDP flows to the server.
 */
public final class FlowChoice {
    private FlowChoice() {
    }

    /**
     * The flows {@code choice} names; with no choice (null or blank), the busiest flow of each protocol, UDP first.
     *
     * @throws ReportException if no flow matches, listing the run's flows
     */
    public static List<String> choose(RunData run, String choice) {
        List<String> flows = run.flows();
        if (choice == null || choice.isBlank()) {
            Map<String, String> busiest = new LinkedHashMap<>();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String proto : List.of("udp", "tcp")) {
                for (String f : flows) {
                    if (protocol(f).equals(proto)) {
                        long n = run.tripsOf(f).stream().filter(t -> !t.isCopy()).count();
                        if (n > counts.getOrDefault(proto, -1L)) {
                            counts.put(proto, n);
                            busiest.put(proto, f);
                        }
                    }
                }
            }
            return new ArrayList<>(busiest.values());
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
