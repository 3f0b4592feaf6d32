package org.udpsim.wifi;

import java.util.function.Consumer;
import org.apache.commons.math3.random.RandomGenerator;
import org.udpsim.kernel.ScheduledEvent;
import org.udpsim.kernel.Simulation;
import org.udpsim.net.Channel;
import org.udpsim.net.NetInterface;
import org.udpsim.net.Node;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;
import org.udpsim.packet.Packet;
import org.udpsim.trace.DropReason;

/**
 * A node's WiFi station interface: it joins an access point by SSID and password, gets an address by DHCP (or uses
 * a static one), and then sends every frame to its access point over the air.
 *
 * <p>Joining takes simulated time, drawn per attempt from the environment's {@link ConnectTimings} with the
 * station's own random stream {@code "wifi:" + node + "/connect"} (three draws: scan, association, DHCP): a scan,
 * then the association with the WPA2 handshake, then DHCP. No DHCP packets cross the network. The callback hears
 * how it ended, inside the simulation, at the time it ended. The station owns the interface's channel: while it is
 * not associated, whatever the interface sends is dropped as {@link DropReason#HOST_UNREACHABLE}.
 */
public final class Station implements Channel {
    /** Where a station is on its way to a network. */
    public enum State {
        /** Not associated, no attempt running. */
        IDLE,
        /** Looking for the access point of the SSID. */
        SCANNING,
        /** Associating and running the WPA2 handshake. */
        ASSOCIATING,
        /** Associated, waiting for DHCP. */
        OBTAINING_ADDRESS,
        /** Associated with an address: {@code isconnected()} is true. */
        CONNECTED
    }

    private final WifiEnvironment environment;
    private final NetInterface iface;
    private final Simulation sim;
    private final RandomGenerator random;
    private State state = State.IDLE;
    private AccessPoint ap;
    private StationLink link;
    private ScheduledEvent pending;
    private Consumer<ConnectResult> callback;
    private Runnable onScanned;
    private StationConfig staticConfig;
    private StationConfig current = StationConfig.NONE;

    Station(WifiEnvironment environment, NetInterface iface) {
        this.environment = environment;
        this.iface = iface;
        this.sim = iface.node().simulation();
        this.random = sim.random().stream("wifi:" + iface.node().name() + "/connect");
        iface.attach(this);
    }

    /** The station's node name: its name at the access point, in reservations and in radio hop names. */
    public String name() {
        return iface.node().name();
    }

    public Node node() {
        return iface.node();
    }

    public NetInterface netInterface() {
        return iface;
    }

    public State state() {
        return state;
    }

    /** True once the station is associated and has an address (the board's {@code sta.isconnected()}). */
    public boolean isConnected() {
        return state == State.CONNECTED;
    }

    /** True while the station is associated with an access point, with or without an address yet. */
    public boolean isAssociated() {
        return link != null;
    }

    /** The station's address, netmask, gateway and DNS server; {@link StationConfig#NONE} while it has none. */
    public StationConfig config() {
        return current;
    }

    /** The access point the station is associated with, or null. */
    public AccessPoint accessPoint() {
        return ap;
    }

    /** The SSID of the network the station is associated with, or null. */
    public String ssid() {
        return ap == null ? null : ap.ssid();
    }

    /** The signal strength of the access point, in dBm. */
    public int rssiDbm() {
        if (ap == null) {
            throw new IllegalStateException("station '" + name() + "' is not associated with any access point");
        }
        return ap.config().rssiDbm();
    }

    /**
     * Starts joining the network {@code ssid}; {@code callback} hears the result once, unless the attempt is
     * cancelled first by {@link #disconnect()} or another {@code connect}. A station that is associated or joining
     * leaves first. An open network accepts any password.
     */
    public void connect(String ssid, String password, Consumer<ConnectResult> callback) {
        connect(ssid, password, null, callback);
    }

    /**
     * Starts joining the network {@code ssid}, as {@link #connect(String, String, Consumer)}, and also runs
     * {@code scanned} when the scan has found the SSID (the board prints {@code Connection WiFi} then, and its
     * timeout starts). On an SSID that is not found only {@code callback} runs, with
     * {@link ConnectFailure#SSID_NOT_FOUND}.
     */
    public void connect(String ssid, String password, Runnable scanned, Consumer<ConnectResult> callback) {
        if (ssid == null || callback == null) {
            throw new IllegalArgumentException("connect needs an SSID and a callback");
        }
        disconnect();
        this.callback = callback;
        this.onScanned = scanned;
        ConnectTimings t = environment.timings();
        long scan = t.scan().draw(random);
        long association = t.association().draw(random);
        long dhcp = t.dhcp().draw(random);
        state = State.SCANNING;
        pending = sim.schedule(scan, () -> scanned(ssid, password == null ? "" : password, association, dhcp));
    }

    /** Leaves the access point: the lease ends, the interface loses its address and routes; a running attempt stops. */
    public void disconnect() {
        sim.cancel(pending);
        pending = null;
        callback = null;
        onScanned = null;
        leave();
    }

    /**
     * Uses a fixed configuration instead of DHCP (the board's {@code sta.ifconfig((ip, mask, gw, dns))}), now if
     * the station is associated, else from its next association on; it stays until {@link #useDhcp()}.
     *
     * @throws IllegalArgumentException if the gateway is not on the address's network, or another station of the
     *         access point has the address
     */
    public void ifconfig(StationConfig config) {
        if (config == null || config.isNone()) {
            throw new IllegalArgumentException("station '" + name() + "': a static configuration needs an address; "
                    + "use useDhcp() to go back to DHCP");
        }
        Ipv4Prefix net = Ipv4Prefix.containing(config.ip(), config.prefixLength());
        if (config.ip().isLimitedBroadcast() || config.prefixLength() < 31
                && (config.ip().equals(net.network()) || config.ip().equals(net.broadcast()))) {
            throw new IllegalArgumentException("station '" + name() + "': " + config.ip()
                    + " is not a host address of " + net);
        }
        if (!config.gateway().isAny() && !net.contains(config.gateway())) {
            throw new IllegalArgumentException("station '" + name() + "': gateway " + config.gateway()
                    + " is not on the network " + net + " of the address " + config.ip());
        }
        if (link != null) {
            apply(config);
            staticConfig = config;
            if (state == State.OBTAINING_ADDRESS) {
                sim.cancel(pending);
                pending = null;
                succeed();
            }
        } else {
            staticConfig = config;
        }
    }

    /** Goes back to DHCP for the next association (the current address stays until then). */
    public void useDhcp() {
        staticConfig = null;
    }

    /** Every frame goes to the access point, as unicast, whatever its next hop. */
    @Override
    public void transmit(NetInterface from, Packet packet, int nextHopBits) {
        if (link == null) {
            iface.node().drop(packet, iface.place(), DropReason.HOST_UNREACHABLE);
            return;
        }
        link.up.sendUnicast(packet);
    }

    private void scanned(String ssid, String password, long association, long dhcp) {
        AccessPoint found = environment.findAccessPoint(ssid);
        if (found == null) {
            fail(ConnectFailure.SSID_NOT_FOUND, "no access point in range has the SSID '" + ssid + "'");
            return;
        }
        state = State.ASSOCIATING;
        pending = sim.schedule(association, () -> associated(found, password, dhcp));
        Runnable r = onScanned;
        onScanned = null;
        if (r != null) {
            r.run();
        }
    }

    private void associated(AccessPoint found, String password, long dhcp) {
        if (!found.acceptsPassword(password)) {
            fail(ConnectFailure.WRONG_PASSWORD, "the WPA2 handshake with '" + found.ssid() + "' failed: wrong password");
            return;
        }
        if (found.isFull()) {
            fail(ConnectFailure.ACCESS_POINT_FULL, "'" + found.ssid() + "' refused the association: it already has "
                    + found.config().stationLimit() + " stations, its limit");
            return;
        }
        ap = found;
        link = found.associate(this);
        if (staticConfig != null) {
            try {
                apply(staticConfig);
            } catch (IllegalArgumentException e) {
                fail(ConnectFailure.NO_ADDRESS, e.getMessage());
                return;
            }
            succeed();
            return;
        }
        state = State.OBTAINING_ADDRESS;
        pending = sim.schedule(dhcp, this::dhcpDone);
    }

    private void dhcpDone() {
        Ipv4Address ip = ap.lease(link);
        if (ip == null) {
            fail(ConnectFailure.NO_ADDRESS, "the DHCP server of '" + ap.ssid() + "' has no address for '" + name() + "'");
            return;
        }
        AccessPointConfig c = ap.config();
        apply(new StationConfig(ip, c.netmask(), c.gateway(), c.gateway()));
        succeed();
    }

    private void apply(StationConfig c) {
        ap.addressChanged(link, c.ip());
        iface.configure(c.ip(), c.prefixLength());
        if (!c.gateway().isAny()) {
            iface.node().setDefaultGateway(c.gateway());
        }
        current = c;
        state = State.CONNECTED;
    }

    private void succeed() {
        pending = null;
        state = State.CONNECTED;
        Consumer<ConnectResult> cb = callback;
        callback = null;
        if (cb != null) {
            cb.accept(ConnectResult.connected(current, "connected to '" + ap.ssid() + "' as " + current.ip() + "/"
                    + current.prefixLength() + ", gateway " + current.gateway()));
        }
    }

    private void fail(ConnectFailure reason, String message) {
        pending = null;
        onScanned = null;
        leave();
        Consumer<ConnectResult> cb = callback;
        callback = null;
        if (cb != null) {
            cb.accept(ConnectResult.failed(reason, "station '" + name() + "': " + message));
        }
    }

    private void leave() {
        if (link != null) {
            ap.disassociate(link);
            link = null;
            ap = null;
        }
        iface.unconfigure();
        current = StationConfig.NONE;
        state = State.IDLE;
    }

    @Override
    public String toString() {
        return name() + " (" + state + (ap == null ? "" : ", " + ap.ssid()) + ")";
    }
}
