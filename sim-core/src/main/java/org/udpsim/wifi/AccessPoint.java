package org.udpsim.wifi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.kernel.Simulation;
import org.udpsim.net.LinkConfig;
import org.udpsim.net.NetInterface;
import org.udpsim.net.Network;
import org.udpsim.net.Node;
import org.udpsim.net.PointToPointLink;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.trace.CopyReason;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.PacketCopied;
import org.udpsim.trace.PacketForwarded;
import org.udpsim.trace.Trace;

/**
 * A WiFi access point in infrastructure mode: a node that bridges (layer 2, no routing, no TTL change) between its
 * radio, shared by its associated stations, and a wired uplink to the router that serves as the subnet's gateway.
 *
 * <p>Stations send every frame to the access point. It sends a frame for another station's address back over the
 * air to that station (two radio hops, as real access points do), and a frame for the gateway or for an address
 * outside the subnet to the uplink. A frame from the uplink goes over the air to the station that has its
 * destination address. A broadcast (255.255.255.255 or the subnet's broadcast address) is put on the air once,
 * for every associated station but its sender (one traced copy per station, each received or missed on its own),
 * and, when a station sent it, also to the uplink. Anything else, for an address nobody has, is dropped here as
 * {@link DropReason#HOST_UNREACHABLE}. It hands out addresses by DHCP ({@link DhcpPool}) on association. It
 * bridges by the destination the frame was addressed to ({@link Packet#asSent()}), not by a damaged header.
 *
 * <p>An access point may instead be <em>hosted</em> by a node that is also a host, as a board's soft access point
 * ({@code enable_APWiFi}) is: then it has no uplink, the host is the subnet's gateway (its interface
 * {@value #HOST_INTERFACE} has the gateway address), and what would go to the uplink is delivered to the host
 * itself, with no cable between (see {@link #hostOn(NetInterface)}).
 */
public final class AccessPoint {
    /** The name of the interface a hosting node reaches its stations through, like the firmware's {@code ap}. */
    public static final String HOST_INTERFACE = "ap";

    private final Node node;
    private final AccessPointConfig config;
    private final Simulation sim;
    private final Trace trace;
    private final Network network;
    private final RadioMedium medium;
    private final RadioTransmitter transmitter;
    private final DhcpPool pool;
    private final NavigableMap<String, StationLink> links = new TreeMap<>();
    private final Map<String, StationLink> associated = new LinkedHashMap<>();
    private final NavigableMap<Ipv4Address, StationLink> byAddress = new TreeMap<>();
    private NetInterface uplink;
    /** The hosting node's interface, for a hosted access point; else null. */
    private NetInterface host;

    AccessPoint(Node node, AccessPointConfig config) {
        this.node = node;
        this.config = config;
        this.network = node.network();
        this.sim = network.simulation();
        this.trace = network.trace();
        this.medium = new RadioMedium(sim, config);
        this.transmitter = new RadioTransmitter(sim, medium, config.queueLimit());
        this.pool = new DhcpPool(config);
    }

    /** The access point's node name, used as its place in traces and in radio hop names. */
    public String name() {
        return node.name();
    }

    public String ssid() {
        return config.ssid();
    }

    public Node node() {
        return node;
    }

    public AccessPointConfig config() {
        return config;
    }

    /** The shared air of this access point and its stations. */
    public RadioMedium medium() {
        return medium;
    }

    /** The access point's wired interface towards its router, or null if it has none yet. */
    public NetInterface uplink() {
        return uplink;
    }

    /**
     * Cables the access point to {@code router}: the router gets an interface {@code to-<ap>} with the gateway
     * address on the subnet; the access point's interface {@code uplink} has no address and bridges what arrives.
     * The link's two directions are the hops {@code <ap>-><router>} and {@code <router>-><ap>}.
     */
    public PointToPointLink connectUplink(Node router, LinkConfig link) {
        if (uplink != null) {
            throw new IllegalStateException("access point '" + name() + "' already has an uplink");
        }
        NetInterface apSide = node.addInterface("uplink");
        NetInterface routerSide = router.addInterface("to-" + name());
        routerSide.configure(config.gateway(), config.subnet().length());
        PointToPointLink cable = network.link(apSide, routerSide, link);
        apSide.setReceiver((p, in) -> fromUplink(p));
        this.uplink = apSide;
        return cable;
    }

    /** The hosting node's interface {@value #HOST_INTERFACE}, for a hosted access point; else null. */
    public NetInterface host() {
        return host;
    }

    /**
     * Makes this access point hosted by its own node: {@code hostSide}, an interface of that node, gets the gateway
     * address; what the node sends through it is bridged to the stations as if it came from an uplink, and frames
     * of stations for the gateway (or for outside the subnet) are handed to the node through it, at once.
     */
    void hostOn(NetInterface hostSide) {
        if (uplink != null || host != null || hostSide.node() != node) {
            throw new IllegalStateException("access point '" + name() + "' can be hosted only by its own node, once,"
                    + " and has no uplink then");
        }
        hostSide.configure(config.gateway(), config.subnet().length());
        hostSide.attach((from, p, nextHop) -> fromUplink(p));
        this.host = hostSide;
    }

    /**
     * The radio hop between this access point and the station (node) {@code stationName} in one direction; it
     * exists before the station associates, so a scenario can set its impairments first.
     */
    public RadioHop hop(String stationName, RadioHop.Direction direction) {
        StationLink l = link(stationName);
        return direction == RadioHop.Direction.STATION_TO_AP ? l.up : l.down;
    }

    /** The associated stations, in the order they associated. */
    public List<Station> stations() {
        List<Station> out = new ArrayList<>(associated.size());
        for (StationLink l : associated.values()) {
            out.add(l.station);
        }
        return Collections.unmodifiableList(out);
    }

    /** The associated station that has address {@code a}, or null. */
    public Station stationAt(Ipv4Address a) {
        StationLink l = byAddress.get(a);
        return l == null ? null : l.station;
    }

    /** The DHCP leases, station name to address, in name order. */
    public Map<String, Ipv4Address> leases() {
        return pool.leases();
    }

    // ---- association, used by Station ----

    boolean acceptsPassword(String password) {
        return config.isOpen() || config.password().equals(password);
    }

    boolean isFull() {
        return associated.size() >= config.stationLimit();
    }

    StationLink associate(Station s) {
        StationLink l = link(s.name());
        if (l.station != null) {
            throw new IllegalStateException("station '" + s.name() + "' is already associated with '" + name() + "'");
        }
        l.station = s;
        associated.put(s.name(), l);
        return l;
    }

    /** A DHCP lease for the associated station, or null if there is no address for it. */
    Ipv4Address lease(StationLink l) {
        return pool.lease(l.stationName, a -> {
            StationLink owner = byAddress.get(a);
            return owner != null && owner != l;
        });
    }

    /** Checks that {@code a} is free for the station, by DHCP or by hand; names the station that has it if not. */
    void checkAddressFree(StationLink l, Ipv4Address a) {
        StationLink owner = byAddress.get(a);
        if (owner != null && owner != l) {
            throw new IllegalArgumentException(a + " is already used by station '" + owner.stationName + "' on '"
                    + ssid() + "'");
        }
    }

    /** Records that the station now has address {@code a} (null: none); a static address ends its DHCP lease. */
    void addressChanged(StationLink l, Ipv4Address a) {
        if (a != null) {
            checkAddressFree(l, a);
        }
        if (l.address != null) {
            byAddress.remove(l.address);
        }
        if (a != null && !a.equals(pool.leaseOf(l.stationName))) {
            pool.release(l.stationName);
        }
        l.address = a;
        if (a != null) {
            byAddress.put(a, l);
        }
    }

    void disassociate(StationLink l) {
        addressChanged(l, null);
        pool.release(l.stationName);
        associated.remove(l.stationName);
        l.station = null;
    }

    // ---- bridging ----

    private void fromStation(StationLink from, Packet p) {
        int dst = frameDestination(p);
        if (isBroadcast(dst)) {
            broadcast(from, p);
            return;
        }
        StationLink to = byAddress.get(new Ipv4Address(dst));
        if (to != null) {
            forwarded(p);
            to.down.sendUnicast(p);
        } else if (dst == config.gateway().bits() || !config.subnet().contains(new Ipv4Address(dst))) {
            if (host != null) {
                host.receive(p);
            } else if (uplink != null) {
                forwarded(p);
                uplink.transmit(p, dst);
            } else {
                node.drop(p, name(), DropReason.HOST_UNREACHABLE);
            }
        } else {
            node.drop(p, name(), DropReason.HOST_UNREACHABLE);
        }
    }

    private void fromUplink(Packet p) {
        int dst = frameDestination(p);
        if (isBroadcast(dst)) {
            broadcast(null, p);
            return;
        }
        StationLink to = byAddress.get(new Ipv4Address(dst));
        if (to == null) {
            node.drop(p, name(), DropReason.HOST_UNREACHABLE);
            return;
        }
        forwarded(p);
        to.down.sendUnicast(p);
    }

    /** Sends a broadcast from {@code from} (null: from the uplink) to everyone else; see the class comment. */
    private void broadcast(StationLink from, Packet p) {
        List<StationLink> receivers = new ArrayList<>(associated.size());
        for (StationLink l : associated.values()) {
            if (l != from) {
                receivers.add(l);
            }
        }
        boolean toUplink = from != null && (uplink != null || host != null);
        if (receivers.isEmpty() && !toUplink) {
            node.drop(p, name(), DropReason.HOST_UNREACHABLE);
            return;
        }
        if (toUplink && host != null) {
            if (!receivers.isEmpty()) {
                forwarded(p);
                airBroadcast(receivers, p, true);
            }
            host.receive(p);
            return;
        }
        forwarded(p);
        if (toUplink) {
            uplink.transmit(p, p.destinationBits());
        }
        if (receivers.isEmpty()) {
            return;
        }
        airBroadcast(receivers, p, toUplink);
    }

    /**
     * Puts a broadcast on the air once for {@code receivers}: each gets a traced copy, but the first gets {@code p}
     * itself unless {@code p} goes on elsewhere too ({@code keepOriginal}).
     */
    private void airBroadcast(List<StationLink> receivers, Packet p, boolean keepOriginal) {
        Packet[] frames = new Packet[receivers.size()];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = i == 0 && !keepOriginal ? p : copy(p);
        }
        if (transmitter.isFull()) {
            for (int i = 0; i < frames.length; i++) {
                receivers.get(i).down.refusedByFullQueue(frames[i]);
            }
            return;
        }
        long airEnd = transmitter.reserve(config.airtimeNanos(p.length()));
        for (int i = 0; i < frames.length; i++) {
            receivers.get(i).down.receiveBroadcast(frames[i], airEnd);
        }
    }

    /**
     * What the frame carrying {@code p} was addressed to: the destination its sender wrote, for a bridge forwards by
     * link-layer address, resolved before netem could flip a bit of the IP header. A packet damaged on the way thus
     * reaches the station it was sent to, whose IP layer drops it on its checksum.
     */
    private static int frameDestination(Packet p) {
        return p.asSent().destinationBits();
    }

    private boolean isBroadcast(int dst) {
        return dst == -1 || dst == config.subnet().broadcast().bits();
    }

    private Packet copy(Packet p) {
        Packet c = p.copyAs(network.packetIds().next());
        if (trace.isOn()) {
            trace.emit(new PacketCopied(sim.now(), name(), CopyReason.BROADCAST, p, c));
        }
        return c;
    }

    private void forwarded(Packet p) {
        if (trace.isOn()) {
            trace.emit(new PacketForwarded(sim.now(), name(), p));
        }
    }

    private void toStation(StationLink l, Packet p) {
        if (l.station == null) {
            node.drop(p, l.down.place(), DropReason.HOST_UNREACHABLE);
            return;
        }
        l.station.netInterface().receive(p);
    }

    private StationLink link(String stationName) {
        StationLink l = links.get(stationName);
        if (l == null) {
            RadioTransmitter stationTx = new RadioTransmitter(sim, medium, config.queueLimit());
            StationLink[] self = new StationLink[1]; // the hops hand frames to the link they belong to
            RadioHop up = new RadioHop(sim, trace, network.packetIds(), stationName + "->" + name(),
                    RadioHop.Direction.STATION_TO_AP, config, stationTx, p -> fromStation(self[0], p));
            RadioHop down = new RadioHop(sim, trace, network.packetIds(), name() + "->" + stationName,
                    RadioHop.Direction.AP_TO_STATION, config, transmitter, p -> toStation(self[0], p));
            if (!config.radio().equals(NetemSpec.NONE)) {
                up.setImpairments(config.radio());
                down.setImpairments(config.radio());
            }
            l = new StationLink(stationName, up, down);
            self[0] = l;
            links.put(stationName, l);
        }
        return l;
    }

    @Override
    public String toString() {
        return name() + " (" + ssid() + ")";
    }
}
