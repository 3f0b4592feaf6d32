package org.udpsim.wifi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.net.Hop;
import org.udpsim.net.LinkConfig;
import org.udpsim.net.NetInterface;
import org.udpsim.net.Network;
import org.udpsim.net.Node;

/**
 * The WiFi of one network: its access points, found by SSID, and the stations that join them. Every access point
 * is in range of every station (there is no geometry). A scenario makes one per {@link Network} and hands it to
 * whatever needs to join WiFi, such as the board runtime.
 */
public final class WifiEnvironment {
    /** The name a station interface made by {@link #addStation(Node)} gets, like the board's {@code wifi().sta}. */
    public static final String STATION_INTERFACE = "sta";

    private final Network network;
    private final ConnectTimings timings;
    private final Map<String, AccessPoint> bySsid = new TreeMap<>();
    private final List<AccessPoint> accessPoints = new ArrayList<>();
    private final Map<String, Station> stations = new TreeMap<>();
    /** Radio impairments by hop name ({@code a -> b}), in the order set, for access points that are not on yet. */
    private final Map<String, HopSetting> radioSettings = new java.util.LinkedHashMap<>();

    private record HopSetting(Hop hop, NetemSpec netem) {
    }

    /** The WiFi of {@code network}, with the board's connect timings ({@link ConnectTimings#DEFAULT}). */
    public WifiEnvironment(Network network) {
        this(network, ConnectTimings.DEFAULT);
    }

    public WifiEnvironment(Network network, ConnectTimings timings) {
        if (network == null || timings == null) {
            throw new IllegalArgumentException("a WiFi environment needs a network and connect timings");
        }
        this.network = network;
        this.timings = timings;
    }

    public Network network() {
        return network;
    }

    public ConnectTimings timings() {
        return timings;
    }

    /** Adds an access point as a new node {@code name}, with no uplink yet (see {@link AccessPoint#connectUplink}). */
    public AccessPoint addAccessPoint(String name, AccessPointConfig config) {
        checkSsidFree(name, config);
        return switchedOn(new AccessPoint(network.addHost(name), config));
    }

    /**
     * Switches on an access point hosted by {@code host}, a node that stays a host: a board's soft access point.
     * The access point has the host's name (its radio hops are {@code station->host} and {@code host->station}),
     * no uplink, and the host is its gateway on the interface {@value AccessPoint#HOST_INTERFACE}, made on first use.
     * Radio impairments set on its hops before (see {@link #impair}) apply from now on.
     */
    public AccessPoint addHostedAccessPoint(Node host, AccessPointConfig config) {
        checkSsidFree(host.name(), config);
        for (AccessPoint other : accessPoints) {
            if (other.node() == host) {
                throw new IllegalArgumentException("'" + host.name() + "' already hosts access point '"
                        + other.ssid() + "': a node hosts at most one");
            }
        }
        NetInterface side = host.findInterface(AccessPoint.HOST_INTERFACE);
        AccessPoint ap = new AccessPoint(host, config);
        ap.hostOn(side != null ? side : host.addInterface(AccessPoint.HOST_INTERFACE));
        return switchedOn(ap);
    }

    private void checkSsidFree(String name, AccessPointConfig config) {
        if (bySsid.containsKey(config.ssid())) {
            throw new IllegalArgumentException("access point '" + name + "': the SSID '" + config.ssid()
                    + "' is already used by access point '" + bySsid.get(config.ssid()).name() + "'");
        }
    }

    private AccessPoint switchedOn(AccessPoint ap) {
        bySsid.put(ap.ssid(), ap);
        accessPoints.add(ap);
        for (HopSetting s : radioSettings.values()) {
            if (s.hop().to().equals(ap.name()) || s.hop().from().equals(ap.name())) {
                radioHop(s.hop()).setImpairments(s.netem());
            }
        }
        return ap;
    }

    /**
     * Sets {@code netem} on the radio hop {@code hop}, replacing what it had, now if one of its ends is an access
     * point that is on, and again each time an access point of that name is switched on (a board's soft access
     * point comes and goes with its program).
     *
     * @throws IllegalArgumentException if the hop is not over the air
     */
    public void impair(Hop hop, NetemSpec netem) {
        if (hop.kind() != Hop.Kind.RADIO) {
            throw notRadio(hop.toString());
        }
        radioSettings.put(hop.toString(), new HopSetting(hop, netem));
        for (AccessPoint ap : accessPoints) {
            if (ap.name().equals(hop.to()) || ap.name().equals(hop.from())) {
                radioHop(hop).setImpairments(netem);
                return;
            }
        }
    }

    /** Adds an access point as a new node {@code name}, cabled to {@code router}, which becomes its subnet's gateway. */
    public AccessPoint addAccessPoint(String name, AccessPointConfig config, Node router, LinkConfig uplink) {
        AccessPoint ap = addAccessPoint(name, config);
        ap.connectUplink(router, uplink);
        return ap;
    }

    /**
     * Switches an access point off: every station leaves it (losing its address), scans no longer find it, and the
     * gateway's interface on its subnet loses its address. Its node stays in the network, silent.
     */
    public void removeAccessPoint(AccessPoint ap) {
        if (!accessPoints.remove(ap)) {
            throw new IllegalArgumentException("access point '" + ap.name() + "' is not switched on");
        }
        bySsid.remove(ap.ssid());
        for (Station s : List.copyOf(ap.stations())) {
            s.disconnect();
        }
        if (ap.host() != null) {
            ap.host().unconfigure();
        }
        NetInterface uplink = ap.uplink();
        if (uplink != null && uplink.channel() instanceof org.udpsim.net.PointToPointLink cable) {
            (cable.endA() == uplink ? cable.endB() : cable.endA()).unconfigure();
        }
    }

    /** Gives {@code node} a new WiFi station interface named {@value #STATION_INTERFACE}. */
    public Station addStation(Node node) {
        return station(node.addInterface(STATION_INTERFACE));
    }

    /** The station of this interface, made on first use; the interface's channel becomes the station's radio. */
    public Station station(NetInterface sta) {
        String key = sta.place();
        Station s = stations.get(key);
        if (s == null) {
            s = new Station(this, sta);
            stations.put(key, s);
        }
        return s;
    }

    /** The station interface {@value #STATION_INTERFACE} of the node {@code nodeName}, or null if it has none. */
    public Station findStation(String nodeName) {
        return stations.get(nodeName + "/" + STATION_INTERFACE);
    }

    /** The access points a scan finds: all of them, in the order they were added. */
    public List<AccessPoint> scan() {
        return Collections.unmodifiableList(accessPoints);
    }

    /** The access point of this SSID, or null. */
    public AccessPoint findAccessPoint(String ssid) {
        return bySsid.get(ssid);
    }

    /**
     * The radio hop of this name, {@code station->ap} or {@code ap->station} by node names (spaces around the
     * arrow allowed), as a scenario file names it.
     *
     * @throws IllegalArgumentException if neither end is an access point
     */
    public RadioHop radioHop(String place) {
        int arrow = place.indexOf("->");
        if (arrow > 0) {
            String from = place.substring(0, arrow).trim();
            String to = place.substring(arrow + 2).trim();
            if (!from.isEmpty() && !to.isEmpty() && !from.equals(to)) {
                return radioHop(new Hop(from, to, Hop.Kind.RADIO), place);
            }
        }
        throw notRadio(place);
    }

    /**
     * The radio hop {@code hop}: a station's hop to its access point, or the access point's hop to it.
     *
     * @throws IllegalArgumentException if the hop is not over the air or neither end is an access point
     */
    public RadioHop radioHop(Hop hop) {
        if (hop.kind() != Hop.Kind.RADIO) {
            throw notRadio(hop.toString());
        }
        return radioHop(hop, hop.toString());
    }

    private RadioHop radioHop(Hop hop, String place) {
        for (AccessPoint ap : accessPoints) {
            if (ap.name().equals(hop.to())) {
                return ap.hop(network.node(hop.from()).name(), RadioHop.Direction.STATION_TO_AP);
            }
            if (ap.name().equals(hop.from())) {
                return ap.hop(network.node(hop.to()).name(), RadioHop.Direction.AP_TO_STATION);
            }
        }
        throw notRadio(place);
    }

    private IllegalArgumentException notRadio(String place) {
        return new IllegalArgumentException("'" + place + "' is not a radio hop: expected 'station -> access point' or "
                + "'access point -> station' with one of the access points " + apNames());
    }

    private List<String> apNames() {
        List<String> names = new ArrayList<>();
        for (AccessPoint ap : accessPoints) {
            names.add(ap.name());
        }
        return names;
    }
}
