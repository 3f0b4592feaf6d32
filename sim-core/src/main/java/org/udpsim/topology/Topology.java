package org.udpsim.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.udpsim.packet.Ipv4Address;

/**
 * The fixed part of a network: routers, access points and wired links, each in the order they were given, which is
 * the order they are built in. The hosts (boards, PCs) are not part of it: they join an access point as stations or
 * are the end of a wired link.
 *
 * @param routers the routers' names
 * @param accessPoints the access points
 * @param links the wired links
 */
public record Topology(List<String> routers, List<AccessPointNode> accessPoints, List<WiredLink> links) {
    /** No routers, access points or links. */
    public static final Topology EMPTY = new Topology(List.of(), List.of(), List.of());

    public Topology {
        routers = List.copyOf(routers);
        routers.forEach(r -> Names.check("a router", r));
        accessPoints = List.copyOf(accessPoints);
        links = List.copyOf(links);
    }

    /** True if a router is called {@code name}. */
    public boolean hasRouter(String name) {
        return routers.contains(name);
    }

    /** The access point called {@code name}. */
    public Optional<AccessPointNode> accessPoint(String name) {
        return accessPoints.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The links {@code node} is an end of, in order. */
    public List<WiredLink> linksOf(String node) {
        return links.stream().filter(l -> l.joins(node)).toList();
    }

    /**
     * This topology with the station {@code station} always given {@code address} by the DHCP of access point
     * {@code ap}.
     *
     * @throws org.udpsim.kernel.ConfigException if the access point cannot give that address
     */
    public Topology withReservation(String ap, String station, Ipv4Address address) {
        List<AccessPointNode> changed = new ArrayList<>();
        for (AccessPointNode a : accessPoints) {
            changed.add(a.name().equals(ap) ? a.with(a.config().withReservation(station, address)) : a);
        }
        if (accessPoint(ap).isEmpty()) {
            throw new IllegalArgumentException("no access point '" + ap + "'");
        }
        return new Topology(routers, changed, links);
    }
}
