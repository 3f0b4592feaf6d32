package org.udpsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.kernel.ConfigException;
import org.udpsim.net.LinkConfig;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;
import org.udpsim.topology.AccessPointNode;
import org.udpsim.topology.Names;
import org.udpsim.topology.WiredLink;
import org.udpsim.wifi.AccessPointConfig;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code network:}: routers, access points and wired links, checking addresses and references. */
final class NetworkReader {
    private record UsedSubnet(Ipv4Prefix prefix, String owner, Node at) {
    }

    private final Problems problems;
    private final NodeNames names;
    private final List<UsedSubnet> subnets = new ArrayList<>();

    NetworkReader(Problems problems, NodeNames names) {
        this.problems = problems;
        this.names = names;
    }

    /** The router's name, or null if the entry is wrong (reported). */
    String router(Nodes.Entry e) {
        int before = problems.count();
        Fields.at(problems, "network.routers.*", e.value(), e.keyNode(), "router '" + e.key() + "'");
        return problems.count() == before && Names.isValid(e.key()) ? e.key() : null;
    }

    /**
     * The access point, or null if anything in it is wrong (reported). Each value goes to sim-core's
     * {@link AccessPointConfig} as it is read, which holds the rules; a value it refuses is reported where it is
     * written.
     */
    AccessPointNode accessPoint(Nodes.Entry e) {
        int before = problems.count();
        String name = e.key();
        Fields f = Fields.at(problems, "network.access_points.*", e.value(), e.keyNode(), "access point '" + name + "'");
        Fields dhcp = Fields.at(problems, "network.access_points.*.dhcp", f.value("dhcp"), f.keyNode("dhcp"),
                "the dhcp of access point '" + name + "'");
        Located at = parameter -> switch (parameter) {
            case "dhcp.first", "dhcp.last" -> {
                String key = parameter.substring("dhcp.".length());
                yield dhcp.has(key) ? dhcp.value(key) : dhcp.anchor();
            }
            case "gateway" -> f.has("gateway") ? f.value("gateway") : dhcp.anchor();
            default -> f.has(parameter) ? f.value(parameter) : f.anchor();
        };
        String ssid = f.text("ssid").orElse(name);
        AccessPointConfig.Builder named = config(at, () -> AccessPointConfig.builder(ssid));
        // with a wrong SSID (reported), the other values are still checked
        AccessPointConfig.Builder c = named != null ? named : AccessPointConfig.builder(name);
        f.text("password").ifPresent(p -> apply(at, () -> c.password(p)));
        Optional<Ipv4Prefix> subnet = f.parse("subnet", Units::prefix, "a subnet like 192.168.0.0/24");
        if (subnet.isEmpty() && !f.has("subnet")) {
            claimSubnet(Ipv4Prefix.parse(AccessPointConfig.DEFAULT_SUBNET), "access point '" + name + "'",
                    f.anchor());
        }
        if (subnet.isPresent() && apply(at, () -> c.subnet(subnet.get()))) {
            claimSubnet(subnet.get(), "access point '" + name + "'", f.value("subnet"));
        }
        f.parse("gateway", Units::address, "an IPv4 address like 192.168.0.1")
                .ifPresent(a -> apply(at, () -> c.gateway(a)));
        dhcp.parse("first", Units::address, "an IPv4 address like 192.168.0.2")
                .ifPresent(a -> apply(at, () -> c.poolFirst(a)));
        dhcp.parse("last", Units::address, "an IPv4 address like 192.168.0.254")
                .ifPresent(a -> apply(at, () -> c.poolLast(a)));
        Optional<String> uplink = f.text("uplink");
        uplink.ifPresent(u -> names.check(u, NodeNames.Kind.ROUTER, "uplink", f.value("uplink")));
        netem(f, "radio", List.of("* -> " + name)).ifPresent(c::radio);
        f.wholeNumber("retries", Integer.MIN_VALUE, Integer.MAX_VALUE)
                .ifPresent(n -> apply(at, () -> c.retryLimit(n.intValue())));
        f.parse("phy_rate", Units::rate, Units.RATE).ifPresent(r -> apply(at, () -> c.phyRate(r)));
        f.wholeNumber("max_stations", Integer.MIN_VALUE, Integer.MAX_VALUE)
                .ifPresent(n -> apply(at, () -> c.stationLimit(n.intValue())));
        f.wholeNumber("rssi", Integer.MIN_VALUE, Integer.MAX_VALUE)
                .ifPresent(n -> apply(at, () -> c.rssiDbm(n.intValue())));
        if (problems.count() != before || !Names.isValid(name)) {
            return null;
        }
        AccessPointConfig config = config(at, c::build);
        return config == null ? null : new AccessPointNode(name, config, uplink);
    }

    /**
     * The access point a board serves, {@code soft_ap:} of {@code board}: its SSID and password go to sim-core's
     * {@link org.udpsim.board.Wifi#softApConfig}, which makes it as the firmware does (192.168.4.1/24, DHCP .2–.101,
     * at most 4 stations) and holds the rules; its subnet is claimed like an access point's. Empty if anything is
     * wrong (reported).
     */
    Optional<AccessPointConfig> softAp(Fields board, String name) {
        int before = problems.count();
        Node node = board.value("soft_ap");
        if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
            problems.at(node, "board '" + name + "' serves at most one access point (the ESP32 has one soft AP"
                    + " interface): give soft_ap: one mapping like {ssid: mpython-ap, password: \"12345678\"}");
            return Optional.empty();
        }
        Fields f = Fields.at(problems, "boards.*.soft_ap", node, board.keyNode("soft_ap"),
                "the soft_ap of board '" + name + "'");
        Optional<String> ssid = f.require("ssid") ? f.text("ssid") : Optional.empty();
        String password = f.text("password").orElse("");
        if (problems.count() != before || ssid.isEmpty()) {
            return Optional.empty();
        }
        Located at = parameter -> f.has(parameter) ? f.value(parameter) : f.anchor();
        AccessPointConfig config = config(at, () -> org.udpsim.board.Wifi.softApConfig(ssid.get(), password));
        if (config == null) {
            return Optional.empty();
        }
        for (UsedSubnet u : subnets) {
            if (u.prefix().contains(config.subnet().network()) || config.subnet().contains(u.prefix().network())) {
                problems.at(f.anchor(), "board '" + name + "' serves its access point on " + config.subnet()
                        + " (the firmware's, 192.168.4.1), which overlaps " + u.prefix() + " of " + u.owner() + " ("
                        + Nodes.where(problems, u.at()) + "); give that one another subnet");
                return Optional.empty();
            }
        }
        subnets.add(new UsedSubnet(config.subnet(), "board '" + name + "'", f.anchor()));
        return Optional.of(config);
    }

    /** Where in the file a parameter of the model is written. */
    private interface Located {
        Node node(String parameter);
    }

    /** Runs {@code step}; a {@link ConfigException} is reported where its parameter is written. */
    private boolean apply(Located at, Runnable step) {
        return config(at, () -> {
            step.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** What {@code make} makes, or null if the model refused a value (reported where it is written). */
    private <T> T config(Located at, Supplier<T> make) {
        try {
            return make.get();
        } catch (ConfigException e) {
            problems.at(at.node(e.parameter()), e.problem());
            return null;
        }
    }

    /** The netem options under {@code key}, checked and parsed once; its warnings concern {@code hops}. */
    Optional<NetemSpec> netem(Fields f, String key, List<String> hops) {
        Optional<String> text = f.text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return NetemCheck.parse(text.get(), problems, f.value(key), hops);
    }

    private void claimSubnet(Ipv4Prefix prefix, String owner, Node at) {
        for (UsedSubnet u : subnets) {
            if (u.prefix().contains(prefix.network()) || prefix.contains(u.prefix().network())) {
                problems.at(at, "subnet " + prefix + " overlaps " + u.prefix() + " of " + u.owner() + " ("
                        + Nodes.where(problems, u.at()) + "); every access point and link needs its own subnet");
                return;
            }
        }
        subnets.add(new UsedSubnet(prefix, owner, at));
    }

    /** Notes the nodes a refused link names, so a PC left without its link is not reported as well. */
    private void leftOut(Node link) {
        if (link instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
            for (org.yaml.snakeyaml.nodes.NodeTuple t : m.getValue()) {
                if ("between".equals(Nodes.text(t.getKeyNode()))
                        && t.getValueNode() instanceof org.yaml.snakeyaml.nodes.SequenceNode between) {
                    between.getValue().stream().map(Nodes::text).filter(java.util.Objects::nonNull)
                            .forEach(problems::refusedLinkNames);
                }
            }
        }
    }

    List<WiredLink> links(Node linksNode) {
        List<WiredLink> links = new ArrayList<>();
        List<Node> items = Nodes.items(linksNode, "a list of links", problems);
        for (int i = 0; i < items.size(); i++) {
            WiredLink l = link(items.get(i), "network.links." + i);
            if (l == null) {
                leftOut(items.get(i));
            } else {
                for (int j = 0; j < links.size(); j++) {
                    WiredLink o = links.get(j);
                    if (o.joins(l.a()) && o.joins(l.b())) {
                        problems.at(items.get(i), "a second link between " + l.a() + " and " + l.b()
                                + " (the first is network.links." + j + "); hops could not tell them apart");
                        l = null;
                        break;
                    }
                }
            }
            if (l != null) {
                links.add(l);
            }
        }
        return links;
    }

    private WiredLink link(Node item, String what) {
        int before = problems.count();
        Fields f = Fields.at(problems, "network.links.#", item, item, what);
        List<String> ends = new ArrayList<>();
        if (f.require("between")) {
            List<Node> between = Nodes.items(f.value("between"), "two node names like [gateway, laptop]", problems);
            if (!(f.value("between") instanceof org.yaml.snakeyaml.nodes.SequenceNode)) {
                return null;
            }
            if (between.size() != 2) {
                problems.at(f.value("between"), "between must name exactly two nodes, like [gateway, laptop], got "
                        + between.size());
            }
            for (Node n : between) {
                String end = Nodes.text(n);
                if (end == null || Nodes.isNull(n)) {
                    problems.expected(n, "a node name");
                } else if (checkLinkEnd(end, n)) {
                    if (ends.contains(end)) {
                        problems.at(n, "a link joins two different nodes, got '" + end + "' twice");
                    }
                    ends.add(end);
                }
            }
        }
        Optional<Ipv4Prefix> subnet = Optional.empty();
        if (f.require("subnet")) {
            subnet = f.parse("subnet", Units::prefix, "a subnet like 10.0.0.0/30");
            subnet.ifPresent(s -> claimSubnet(s, what, f.value("subnet")));
        }
        Ipv4Address[] addresses = subnet.map(s -> addresses(f, s)).orElse(null);
        long rate = f.parse("rate", Units::rate, Units.RATE).orElse(LinkConfig.DEFAULT_RATE);
        long delay = f.time("delay").orElse(LinkConfig.DEFAULT_DELAY_NANOS);
        long queue = f.wholeNumber("queue", Integer.MIN_VALUE, Integer.MAX_VALUE).orElse((long) LinkConfig.DEFAULT_QUEUE_LIMIT);
        if (problems.count() != before) {
            return null;
        }
        Located at = parameter -> f.has(parameter) ? f.value(parameter) : f.anchor();
        LinkConfig config = config(at, () -> new LinkConfig(rate, delay, (int) queue));
        if (config == null || ends.size() != 2 || addresses == null) {
            return null;
        }
        Ipv4Prefix network = subnet.get();
        return config(at, () -> new WiredLink(ends.get(0), ends.get(1), network, addresses[0], addresses[1], config));
    }

    private boolean checkLinkEnd(String end, Node at) {
        Optional<NodeNames.Named> n = names.get(end);
        if (n.isEmpty()) {
            problems.at(at, "unknown node '" + end + "' in between" + Suggest.didYouMean(end, names.allNames()));
            return false;
        }
        switch (n.get().kind()) {
            case BOARD -> problems.at(at, "board '" + end + "' has WiFi only: a wired link joins routers and PCs");
            case ACCESS_POINT -> problems.at(at, "access point '" + end + "' reaches its router through uplink:,"
                    + " not a wired link: a wired link joins routers and PCs");
            default -> {
                return true;
            }
        }
        return false;
    }

    private Ipv4Address[] addresses(Fields f, Ipv4Prefix subnet) {
        if (!f.has("addresses")) {
            if (subnet.length() > 30) {
                problems.at(f.value("subnet"), "subnet " + subnet + " has no hosts .1 and .2 for the two ends; use a"
                        + " /30 or give addresses: [a, b]");
                return null;
            }
            return new Ipv4Address[] {subnet.host(1), subnet.host(2)};
        }
        List<Node> items = Nodes.items(f.value("addresses"), "two addresses like [10.0.0.1, 10.0.0.2]", problems);
        if (items.size() != 2) {
            if (f.value("addresses") instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
                problems.at(f.value("addresses"), "addresses must list exactly two addresses, one per end, got "
                        + items.size());
            }
            return null;
        }
        Ipv4Address[] result = new Ipv4Address[2];
        for (int i = 0; i < 2; i++) {
            Node n = items.get(i);
            Optional<Ipv4Address> a = Fields.parse(problems, n, Units::address, "an IPv4 address like 10.0.0.1");
            if (a.isEmpty()) {
                return null;
            }
            String why = subnet.whyNotHost(a.get());
            if (why != null) {
                problems.at(n, "address " + why);
                return null;
            }
            result[i] = a.get();
        }
        if (result[0].equals(result[1])) {
            problems.at(items.get(1), "the two ends need different addresses, got " + result[1] + " twice");
            return null;
        }
        return result;
    }
}
