package org.udpsim.scenario;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;
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

    Router router(Nodes.Entry e) {
        int before = problems.count();
        Fields.at(problems, "network.routers.*", e.value(), e.keyNode(), "router '" + e.key() + "'");
        return problems.count() == before && Names.isValid(e.key()) ? new Router(e.key()) : null;
    }

    AccessPoint accessPoint(Nodes.Entry e) {
        int before = problems.count();
        String name = e.key();
        Fields f = Fields.at(problems, "network.access_points.*", e.value(), e.keyNode(), "access point '" + name + "'");
        String ssid = f.text("ssid").orElse(name);
        int ssidBytes = ssid.getBytes(StandardCharsets.UTF_8).length;
        if (ssidBytes < 1 || ssidBytes > 32) {
            problems.at(f.has("ssid") ? f.value("ssid") : f.anchor(),
                    "ssid must be 1-32 bytes, got " + ssidBytes + " ('" + ssid + "')");
        }
        String password = f.text("password").orElse(Defaults.PASSWORD);
        String why = AccessPoint.whyBadPassword(password);
        if (why != null) {
            problems.at(f.value("password"), why);
        }
        Ipv4Prefix subnet = f.parse("subnet", Units::prefix, "a subnet like 192.168.0.0/24")
                .orElse(Ipv4Prefix.parse(Defaults.SUBNET));
        if (subnet.length() < 1 || subnet.length() > 30) {
            problems.at(f.value("subnet"), "subnet " + subnet + " has no room for a gateway and stations: the"
                    + " prefix length must be 1-30, got /" + subnet.length());
            subnet = Ipv4Prefix.parse(Defaults.SUBNET);
        } else {
            claimSubnet(subnet, "access point '" + name + "'", f.has("subnet") ? f.value("subnet") : f.anchor());
        }
        Ipv4Address gateway = host(f, "gateway", subnet, subnet.host(Defaults.GATEWAY_HOST));
        Fields dhcp = Fields.at(problems, "network.access_points.*.dhcp", f.value("dhcp"), f.keyNode("dhcp"),
                "the dhcp of access point '" + name + "'");
        Ipv4Address first = host(dhcp, "first", subnet, subnet.host(Defaults.DHCP_FIRST_HOST));
        Ipv4Address last = host(dhcp, "last", subnet, subnet.broadcast().plus(-1));
        if (first.compareTo(last) > 0) {
            problems.at(dhcp.has("last") ? dhcp.value("last") : dhcp.anchor(),
                    "the DHCP range ends (" + last + ") before it starts (" + first + ")");
        } else if (gateway.compareTo(first) >= 0 && gateway.compareTo(last) <= 0) {
            problems.at(f.has("gateway") ? f.value("gateway") : dhcp.anchor(), "the gateway " + gateway
                    + " lies inside the DHCP range " + first + "-" + last + "; give a dhcp: {first:, last:} that"
                    + " leaves it out");
        }
        Optional<String> uplink = f.text("uplink");
        uplink.ifPresent(u -> names.check(u, NodeNames.Kind.ROUTER, "uplink", f.value("uplink")));
        String radio = netem(f, "radio").orElse(Defaults.RADIO);
        int retries = f.wholeNumber("retries", 0, AccessPoint.MAX_RETRIES).orElse((long) Defaults.RETRIES).intValue();
        long phyRate = f.parse("phy_rate", Units::rate, Units.RATE).orElse(Defaults.PHY_RATE_BITS);
        int maxStations = f.wholeNumber("max_stations", 1, Integer.MAX_VALUE).orElse((long) Defaults.MAX_STATIONS)
                .intValue();
        if (problems.count() != before || !Names.isValid(name)) {
            return null;
        }
        return new AccessPoint(name, ssid, password, subnet, gateway, first, last, uplink, radio, retries, phyRate,
                maxStations);
    }

    /** The netem text under {@code key}, checked. */
    Optional<String> netem(Fields f, String key) {
        Optional<String> text = f.text(key);
        text.flatMap(NetemCheck::problem).ifPresent(p -> problems.at(f.value(key), p));
        return text;
    }

    private Ipv4Address host(Fields f, String key, Ipv4Prefix subnet, Ipv4Address fallback) {
        Optional<Ipv4Address> a = f.parse(key, Units::address, "an IPv4 address like 192.168.0.1");
        if (a.isPresent()) {
            String why = whyNotHost(a.get(), subnet);
            if (why != null) {
                problems.at(f.value(key), key + " " + why);
                return fallback;
            }
        }
        return a.orElse(fallback);
    }

    /** Null if {@code a} is a host address of {@code subnet}; otherwise why not, e.g. "10.0.0.3 is outside …". */
    static String whyNotHost(Ipv4Address a, Ipv4Prefix subnet) {
        if (!subnet.contains(a)) {
            return a + " is outside the subnet " + subnet;
        }
        if (subnet.length() <= 30 && a.equals(subnet.network())) {
            return a + " is the network address of " + subnet + ", not a host";
        }
        if (subnet.length() <= 30 && a.equals(subnet.broadcast())) {
            return a + " is the broadcast address of " + subnet + ", not a host";
        }
        return null;
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

    List<Link> links(Node linksNode) {
        List<Link> links = new ArrayList<>();
        List<Node> items = Nodes.items(linksNode, "a list of links", problems);
        for (int i = 0; i < items.size(); i++) {
            Link l = link(items.get(i), "network.links." + i);
            if (l != null) {
                for (int j = 0; j < links.size(); j++) {
                    Link o = links.get(j);
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

    private Link link(Node item, String what) {
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
        long rate = f.parse("rate", Units::rate, Units.RATE).orElse(Defaults.LINK_RATE_BITS);
        long delay = f.time("delay").orElse(Defaults.LINK_DELAY_NANOS);
        int queue = f.wholeNumber("queue", 1, Integer.MAX_VALUE).orElse((long) Defaults.LINK_QUEUE).intValue();
        if (problems.count() != before || ends.size() != 2 || addresses == null) {
            return null;
        }
        return new Link(ends.get(0), ends.get(1), subnet.get(), addresses[0], addresses[1], rate, delay, queue);
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
            String why = whyNotHost(a.get(), subnet);
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
