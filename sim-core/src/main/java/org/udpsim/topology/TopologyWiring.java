package org.udpsim.topology;

import java.util.Map;
import java.util.TreeMap;
import org.udpsim.net.Hop;
import org.udpsim.net.LinkDirection;
import org.udpsim.net.Network;
import org.udpsim.net.Node;
import org.udpsim.net.PointToPointLink;
import org.udpsim.wifi.AccessPoint;
import org.udpsim.wifi.WifiEnvironment;

/**
 * Builds a {@link Topology} into a network, in three steps around the hosts: {@link #addRoutersAndAccessPoints()}
 * first (stations need their access point), {@link #connectLinks()} once every host a link names exists, then
 * {@link #installRoutes()}; impairments can be set on any hop after that.
 */
public final class TopologyWiring {
    private final Network net;
    private final WifiEnvironment wifi;
    private final Topology topology;
    /** Cables by "a|b" and "b|a", the access points' uplinks included. */
    private final Map<String, PointToPointLink> cables = new TreeMap<>();

    public TopologyWiring(WifiEnvironment wifi, Topology topology) {
        this.net = wifi.network();
        this.wifi = wifi;
        this.topology = topology;
    }

    /** The network it builds into. */
    public Network network() {
        return net;
    }

    /** Adds the routers, then the access points with their uplink cables, in the topology's order. */
    public void addRoutersAndAccessPoints() {
        for (String r : topology.routers()) {
            net.addRouter(r);
        }
        for (AccessPointNode ap : topology.accessPoints()) {
            AccessPoint built = wifi.addAccessPoint(ap.name(), ap.config());
            if (ap.uplink().isPresent()) {
                Node router = net.node(ap.uplink().get());
                remember(ap.name(), router.name(), built.connectUplink(router, AccessPointNode.UPLINK));
            }
        }
    }

    /** Connects the wired links; every node they name must exist by now. */
    public void connectLinks() {
        for (WiredLink l : topology.links()) {
            PointToPointLink link = net.connect(net.node(l.a()), l.addressA(), net.node(l.b()), l.addressB(),
                    l.subnet().length(), l.config());
            remember(l.a(), l.b(), link);
        }
    }

    /** The static routes of the routers and the wired hosts' default gateways (see {@link StaticRoutes}). */
    public void installRoutes() {
        StaticRoutes.install(net, topology);
    }

    /**
     * Sets {@code impairment} on its hop, replacing what the hop had; a radio hop of a board's soft access point
     * gets it each time the board switches its access point on (see {@link WifiEnvironment#impair}).
     */
    public void impair(HopImpairment impairment) {
        Hop hop = impairment.hop();
        if (hop.kind() == Hop.Kind.RADIO) {
            wifi.impair(hop, impairment.netem());
            return;
        }
        direction(hop).setImpairments(impairment.netem());
    }

    /**
     * The direction {@code hop} of a cable: a wired link's or an access point's uplink.
     *
     * @throws IllegalArgumentException if no cable joins the hop's two ends
     */
    public LinkDirection direction(Hop hop) {
        PointToPointLink cable = cables.get(hop.from() + "|" + hop.to());
        if (hop.kind() != Hop.Kind.WIRED || cable == null) {
            throw new IllegalArgumentException("no cable joins " + hop.from() + " and " + hop.to());
        }
        return cable.direction(net.node(hop.from()));
    }

    private void remember(String a, String b, PointToPointLink link) {
        cables.put(a + "|" + b, link);
        cables.put(b + "|" + a, link);
    }
}
