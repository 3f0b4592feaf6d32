package org.udpsim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * The fixed part of a scenario's network: routers, access points and wired links, each in file order.
 *
 * @param routers in file order
 * @param accessPoints in file order
 * @param links in file order
 */
public record Network(List<Router> routers, List<AccessPoint> accessPoints, List<Link> links) {
    /** No routers, access points or links. */
    public static final Network EMPTY = new Network(List.of(), List.of(), List.of());

    public Network {
        routers = List.copyOf(routers);
        accessPoints = List.copyOf(accessPoints);
        links = List.copyOf(links);
    }

    /** The router called {@code name}. */
    public Optional<Router> router(String name) {
        return routers.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The access point called {@code name}. */
    public Optional<AccessPoint> accessPoint(String name) {
        return accessPoints.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The links {@code node} is an end of, in file order. */
    public List<Link> linksOf(String node) {
        return links.stream().filter(l -> l.joins(node)).toList();
    }
}
