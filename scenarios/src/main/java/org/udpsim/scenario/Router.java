package org.udpsim.scenario;

/**
 * A router: forwards packets between the access points that name it as their uplink and its wired links. Its
 * addresses come from those: the gateway address on each access point's subnet, its end of each link.
 *
 * @param name unique among all nodes
 */
public record Router(String name) {
    public Router {
        Names.check("a router", name);
    }
}
