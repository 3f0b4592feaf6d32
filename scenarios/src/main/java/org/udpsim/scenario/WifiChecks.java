package org.udpsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.udpsim.topology.AccessPointNode;
import org.udpsim.topology.Topology;
import org.udpsim.wifi.AccessPointConfig;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What the boards join, held against what serves WiFi, before the run: allowed, but it surprises, so each is a
 * warning (a mistake with {@code --strict}). A board's access point takes at most
 * {@value AccessPointConfig#SOFT_AP_STATION_LIMIT} stations, so more that name it in {@code ap:} means the later ones
 * are refused (on the board, their {@code connectWiFi} times out); a {@code .py} program whose {@code connectWiFi}
 * names, as written, an SSID that no access point serves raises OSError on the board ("SSID invalid").
 */
final class WifiChecks {
    /** {@code connectWiFi('x'} or {@code connectWiFi("x"}: the SSID, if written as a string. */
    private static final Pattern CONNECT = Pattern.compile("connectWiFi\\(\\s*[bB]?(['\"])(.*?)\\1");

    private WifiChecks() {
    }

    static void check(Problems problems, Topology network, List<Board> boards, List<Pc> pcs,
            List<Nodes.Entry> boardEntries) {
        stationLimits(problems, boards, pcs, boardEntries);
        ssids(problems, network, boards, boardEntries);
    }

    private static void stationLimits(Problems problems, List<Board> boards, List<Pc> pcs,
            List<Nodes.Entry> entries) {
        Map<String, List<String>> joining = new TreeMap<>();
        for (Board b : boards) {
            b.accessPoint().ifPresent(ap -> joining.computeIfAbsent(ap, k -> new ArrayList<>()).add(b.name()));
        }
        for (Pc p : pcs) {
            p.accessPoint().ifPresent(ap -> joining.computeIfAbsent(ap, k -> new ArrayList<>()).add(p.name()));
        }
        for (Board ap : boards) {
            List<String> stations = joining.getOrDefault(ap.name(), List.of());
            if (ap.softAp().isEmpty() || stations.size() <= ap.softAp().get().stationLimit()) {
                continue;
            }
            problems.warn(at(entries, ap.name(), "soft_ap"), stations.size() + " stations join board '"
                    + ap.name() + "', whose access point takes at most " + ap.softAp().get().stationLimit()
                    + " stations (the firmware's default): each after the fourth to associate is refused, and its"
                    + " connectWiFi times out with OSError", List.of());
        }
    }

    private static void ssids(Problems problems, Topology network, List<Board> boards, List<Nodes.Entry> entries) {
        Set<String> served = new LinkedHashSet<>();
        for (AccessPointNode ap : network.accessPoints()) {
            served.add(ap.config().ssid());
        }
        boards.forEach(b -> b.softAp().ifPresent(c -> served.add(c.ssid())));
        Set<String> seen = new LinkedHashSet<>();
        for (Board b : boards) {
            String entry = b.group().orElse(b.name());
            if (b.python().isEmpty() || !seen.add(entry)) {
                continue;
            }
            PythonSource source = b.python().get();
            Matcher m = CONNECT.matcher(source.text());
            while (m.find()) {
                if (served.contains(m.group(2))) {
                    continue;
                }
                int line = 1 + (int) source.text().substring(0, m.start()).chars().filter(c -> c == '\n').count();
                problems.warn(at(entries, entry, "program"), source.fileName() + " line " + line + " joins WiFi '"
                        + Shown.value(m.group(2)) + "', which no access point serves (" + (served.isEmpty() ? "none does"
                        : "served: '" + String.join("', '", served) + "'") + "): on the board its connectWiFi raises"
                        + " OSError: SSID invalid / failed to scan this wifi", List.of());
                break;
            }
        }
    }

    /** The value of {@code key} in the board entry {@code name}, or the entry's key if it has none. */
    private static Node at(List<Nodes.Entry> entries, String name, String key) {
        for (Nodes.Entry e : entries) {
            if (e.key().equals(name)) {
                return Optional.ofNullable(Nodes.valueOf(e.value(), key)).orElse(e.keyNode());
            }
        }
        throw new IllegalArgumentException("no board entry '" + name + "'");
    }
}
