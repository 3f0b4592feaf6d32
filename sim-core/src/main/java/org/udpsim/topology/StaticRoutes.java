package org.udpsim.topology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.udpsim.net.NetInterface;
import org.udpsim.net.Network;
import org.udpsim.net.Node;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;

/**
 * The static routes a topology's routers and wired PCs need, as an administrator would type them: a PC on a link to
 * a router takes that router as its default gateway; each router reaches the networks of the other routers along
 * the fewest router-to-router links (breadth first, ties in the topology's link order).
 */
final class StaticRoutes {
    private StaticRoutes() {
    }

    static void install(Network net, Topology topology) {
        for (WiredLink l : topology.links()) {
            gatewayFor(net, l.a(), l.b(), l.addressB());
            gatewayFor(net, l.b(), l.a(), l.addressA());
        }
        for (Node router : net.nodes()) {
            if (router.isForwarding()) {
                routesFrom(net, topology, router);
            }
        }
    }

    private static void gatewayFor(Network net, String host, String other, Ipv4Address otherAddress) {
        Node h = net.node(host);
        if (!h.isForwarding() && net.node(other).isForwarding()
                && h.routes().lookup(Ipv4Address.parse("0.0.0.0").bits()) == null) {
            h.setDefaultGateway(otherAddress);
        }
    }

    /** Breadth first over router-to-router links: every network of a router reached gets a route via the first hop. */
    private static void routesFrom(Network net, Topology topology, Node start) {
        Map<String, Ipv4Address> firstHop = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        firstHop.put(start.name(), null);
        queue.add(start.name());
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (WiredLink l : topology.linksOf(at)) {
                String next = l.otherEnd(at);
                if (firstHop.containsKey(next) || !net.node(next).isForwarding()) {
                    continue;
                }
                firstHop.put(next, at.equals(start.name()) ? l.addressOf(next) : firstHop.get(at));
                queue.add(next);
            }
        }
        for (Map.Entry<String, Ipv4Address> e : firstHop.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            for (Ipv4Prefix p : networksOf(net.node(e.getKey()))) {
                if (start.routes().lookup(p.network().bits()) == null
                        || start.routes().lookup(p.network().bits()).prefix().length() < p.length()) {
                    start.addRoute(p, e.getValue());
                }
            }
        }
    }

    private static List<Ipv4Prefix> networksOf(Node n) {
        List<Ipv4Prefix> out = new ArrayList<>();
        for (NetInterface i : n.interfaces()) {
            if (i.hasAddress()) {
                out.add(i.prefix());
            }
        }
        return out;
    }
}
