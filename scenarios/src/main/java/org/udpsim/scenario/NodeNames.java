package org.udpsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.udpsim.topology.Names;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Every node name in a scenario with its kind and where it was written, groups expanded; names are checked (valid
 * characters, unique across kinds) as they are registered.
 */
final class NodeNames {
    /** What a name stands for. */
    enum Kind {
        ROUTER("router", "network.routers"), ACCESS_POINT("access point", "network.access_points"),
        BOARD("board", "boards"), PC("PC", "pcs");

        final String noun;
        /** Where in the file names of this kind are given. */
        final String section;

        Kind(String noun, String section) {
            this.noun = noun;
            this.section = section;
        }
    }

    /** A registered name. */
    record Named(String name, Kind kind, Node keyNode) {
    }

    private final Problems problems;
    private final Map<String, Named> all = new LinkedHashMap<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    /** The boards that serve an access point ({@code soft_ap:}), in registration order. */
    private final List<String> wifiBoards = new ArrayList<>();

    NodeNames(Problems problems) {
        this.problems = problems;
    }

    /** Registers a name; an invalid or duplicate name is reported. True if registered. */
    boolean register(String name, Kind kind, Node keyNode) {
        if (!Names.isValid(name)) {
            problems.at(keyNode, Names.whyInvalid(name));
            return false;
        }
        return add(name, kind, keyNode, "name '" + name + "'");
    }

    /** Registers a group's members {@code name-1 … name-count}. */
    void registerGroup(String name, long count, Node keyNode) {
        if (!Names.isValid(name)) {
            problems.at(keyNode, Names.whyInvalid(name));
            return;
        }
        if (all.containsKey(name)) {
            problems.at(keyNode, "name '" + name + "' is already the name of " + article(all.get(name).kind()) + " ("
                    + Nodes.where(problems, all.get(name).keyNode()) + ")");
        }
        List<String> members = new ArrayList<>();
        for (long i = 1; i <= count; i++) {
            String member = name + "-" + i;
            if (add(member, Kind.BOARD, keyNode, "name '" + member + "' (a member of group '" + name + "')")) {
                members.add(member);
            }
        }
        groups.put(name, List.copyOf(members));
    }

    private boolean add(String name, Kind kind, Node keyNode, String what) {
        Named other = all.get(name);
        if (other == null && groups.containsKey(name)) {
            problems.at(keyNode, what + " is already the name of a group of boards");
            return false;
        }
        if (other != null) {
            problems.at(keyNode, what + " is already the name of " + article(other.kind()) + " ("
                    + Nodes.where(problems, other.keyNode()) + "); names must be unique across routers, access"
                    + " points, boards and PCs");
            return false;
        }
        all.put(name, new Named(name, kind, keyNode));
        return true;
    }

    /** Notes that the board {@code name} serves an access point ({@code soft_ap:}), so others may join it. */
    void servesWifi(String name) {
        if (!wifiBoards.contains(name)) {
            wifiBoards.add(name);
        }
    }

    /** True if {@code name} is a board that serves an access point. */
    boolean isWifiBoard(String name) {
        return wifiBoards.contains(name);
    }

    /** What a station may join: the network's access points, then the boards that serve one, in order. */
    List<String> joinable() {
        List<String> n = new ArrayList<>(ofKind(Kind.ACCESS_POINT));
        n.addAll(wifiBoards);
        return n;
    }

    Optional<Named> get(String name) {
        return Optional.ofNullable(all.get(name));
    }

    /** The members of the group {@code name}, if it is a group. */
    Optional<List<String>> group(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    /** Every registered name and group name, in registration order, for did-you-mean. */
    List<String> allNames() {
        List<String> n = new ArrayList<>(all.keySet());
        n.addAll(groups.keySet());
        return n;
    }

    /** The names of one kind, in registration order. */
    List<String> ofKind(Kind kind) {
        return all.values().stream().filter(n -> n.kind() == kind).map(Named::name).toList();
    }

    /**
     * Reports {@code name} unless it is registered as {@code kind}; {@code role} names the reference, e.g.
     * {@code uplink}. True if it is.
     */
    boolean check(String name, Kind kind, String role, Node at) {
        Named n = all.get(name);
        if (n == null) {
            if (problems.misspelt(kind.section)) {
                return false; // its section's key is misspelt, and that is the one line said about it
            }
            problems.at(at, "unknown " + kind.noun + " '" + name + "' in " + role
                    + Suggest.didYouMean(name, ofKind(kind)));
            return false;
        }
        if (n.kind() != kind) {
            problems.at(at, role + " must name " + article(kind) + ", but '" + name + "' is " + article(n.kind()));
            return false;
        }
        return true;
    }

    static String article(Kind kind) {
        return (kind == Kind.ACCESS_POINT ? "an " : "a ") + kind.noun;
    }
}
