package org.udpsim.wifi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.udpsim.impairments.NetemParser;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;

/**
 * What a WiFi access point offers its stations: the network's name and password, the subnet it bridges to its
 * router, the DHCP pool with its reservations, and its radio (rate, per-frame overhead, retries, queue, signal).
 * Every value is checked when the configuration is made, with a message that names the parameter, the allowed
 * range and the value given. Build one with {@link #builder(String)}; every parameter but the SSID has a default.
 *
 * @param ssid the network's name, 1–32 characters
 * @param password the WPA2 passphrase, 8–63 characters, or empty for an open network
 * @param subnet the stations' network, default {@value #DEFAULT_SUBNET}
 * @param gateway the router's address on the subnet, default the subnet's host .1
 * @param poolFirst the first address DHCP hands out, default host .2
 * @param poolLast the last address DHCP hands out, default the last host address of the subnet
 * @param reservations station (node) name to the fixed address DHCP gives it, in insertion order
 * @param stationLimit how many stations may be associated at once, default {@link #DEFAULT_STATION_LIMIT} (no
 *        limit but the pool); the board's own soft-AP allows {@link #SOFT_AP_STATION_LIMIT}
 * @param phyRateBitsPerSecond the radio's data rate, default {@value #DEFAULT_PHY_RATE} bit/s (802.11g)
 * @param frameOverheadNanos the air time every transmission attempt costs besides its bits, default
 *        {@value #DEFAULT_FRAME_OVERHEAD_NANOS} ns (see the constant)
 * @param retryLimit how often a unicast frame is retransmitted after its first attempt, default {@value #DEFAULT_RETRY_LIMIT}
 * @param queueLimit how many frames may wait for the air at each transmitter (each station, and the access point)
 *        before new ones are dropped, default {@value #DEFAULT_QUEUE_LIMIT}
 * @param rssiDbm the signal strength stations report, default {@value #DEFAULT_RSSI_DBM} dBm
 * @param radio netem impairments every station's two radio hops start with (a hop can be given its own), default
 *        none; the loss applies per transmission attempt (see {@link RadioHop})
 */
public record AccessPointConfig(String ssid, String password, Ipv4Prefix subnet, Ipv4Address gateway,
        Ipv4Address poolFirst, Ipv4Address poolLast, Map<String, Ipv4Address> reservations, int stationLimit,
        long phyRateBitsPerSecond, long frameOverheadNanos, int retryLimit, int queueLimit, int rssiDbm,
        NetemSpec radio) {

    public static final String DEFAULT_SUBNET = "192.168.0.0/24";
    /** No limit but the DHCP pool's size. */
    public static final int DEFAULT_STATION_LIMIT = Integer.MAX_VALUE;
    /** The board's own access point ({@code enable_APWiFi}) takes at most 4 stations. */
    public static final int SOFT_AP_STATION_LIMIT = 4;
    /** 54 Mbit/s, the highest 802.11g rate. */
    public static final long DEFAULT_PHY_RATE = 54_000_000L;
    /**
     * 153.5 µs per attempt at 802.11g/OFDM timing: DIFS 28 µs + the mean backoff of 7.5 slots of 9 µs (67.5 µs) +
     * the data frame's PLCP preamble and header 20 µs + SIFS 10 µs + an ACK at 24 Mbit/s 28 µs. A broadcast is not
     * acknowledged, but is charged the same, for simplicity.
     */
    public static final long DEFAULT_FRAME_OVERHEAD_NANOS = 153_500L;
    /** 802.11's short retry limit, 7 retries after the first attempt (ESP32 [est]). */
    public static final int DEFAULT_RETRY_LIMIT = 7;
    /** As for a wired link; no frame waits this long in a lesson, so radio queues are not where packets are lost. */
    public static final int DEFAULT_QUEUE_LIMIT = 1000;
    /** A board a few metres from the access point. */
    public static final int DEFAULT_RSSI_DBM = -45;
    /** The 802.11 MAC header (24 bytes), LLC/SNAP header (8) and FCS (4) each frame adds to the IP packet. */
    public static final int MAC_FRAMING_BYTES = 36;

    public AccessPointConfig {
        checkSsid(ssid);
        checkPassword(ssid, password);
        if (subnet == null) {
            throw new IllegalArgumentException(what(ssid) + "a subnet such as " + DEFAULT_SUBNET + " is required");
        }
        if (subnet.length() < 1 || subnet.length() > 30) {
            throw new IllegalArgumentException(what(ssid) + "the subnet's prefix length must be 1-30 (room for the "
                    + "gateway and at least one station), was /" + subnet.length());
        }
        checkHost(ssid, "gateway", gateway, subnet);
        checkHost(ssid, "first pool address", poolFirst, subnet);
        checkHost(ssid, "last pool address", poolLast, subnet);
        if (poolFirst.compareTo(poolLast) > 0) {
            throw new IllegalArgumentException(what(ssid) + "the DHCP pool must not end (" + poolLast
                    + ") before it starts (" + poolFirst + ")");
        }
        reservations = Collections.unmodifiableMap(new LinkedHashMap<>(reservations));
        Map<Ipv4Address, String> owners = new TreeMap<>();
        for (Map.Entry<String, Ipv4Address> r : reservations.entrySet()) {
            String station = r.getKey();
            Ipv4Address ip = r.getValue();
            if (station == null || station.isBlank()) {
                throw new IllegalArgumentException(what(ssid) + "a reservation needs a station name");
            }
            checkHost(ssid, "reservation for '" + station + "'", ip, subnet);
            if (ip.equals(gateway)) {
                throw new IllegalArgumentException(what(ssid) + "the reservation for '" + station + "' is "
                        + ip + ", the gateway's own address");
            }
            String other = owners.putIfAbsent(ip, station);
            if (other != null) {
                throw new IllegalArgumentException(what(ssid) + ip + " is reserved twice: for '" + other
                        + "' and for '" + station + "'");
            }
        }
        checkAtLeast(ssid, "station limit", stationLimit, 1);
        if (phyRateBitsPerSecond <= 0) {
            throw new IllegalArgumentException(what(ssid) + "the radio rate must be more than 0 bit/s, was "
                    + phyRateBitsPerSecond);
        }
        if (frameOverheadNanos < 0) {
            throw new IllegalArgumentException(what(ssid) + "the per-frame overhead must not be negative, was "
                    + SimTime.format(frameOverheadNanos) + " s");
        }
        if (retryLimit < 0 || retryLimit > 255) {
            throw new IllegalArgumentException(what(ssid) + "the retry limit must be 0-255, was " + retryLimit);
        }
        checkAtLeast(ssid, "queue limit", queueLimit, 1);
        if (rssiDbm < -100 || rssiDbm > 0) {
            throw new IllegalArgumentException(what(ssid) + "the RSSI must be -100 to 0 dBm, was " + rssiDbm);
        }
        if (radio == null) {
            throw new IllegalArgumentException(what(ssid) + "the radio impairments must be given; NetemSpec.NONE for none");
        }
    }

    /** A builder for the network called {@code ssid}, with every other parameter at its default. */
    public static Builder builder(String ssid) {
        return new Builder(ssid);
    }

    /** True for an open network (no password). */
    public boolean isOpen() {
        return password.isEmpty();
    }

    /** The subnet mask, e.g. 255.255.255.0. */
    public Ipv4Address netmask() {
        return subnet.netmask();
    }

    /** The air time of one transmission attempt of an IP packet of {@code ipBytes}: overhead plus its bits at the PHY rate. */
    public long airtimeNanos(int ipBytes) {
        long bits = 8L * (ipBytes + MAC_FRAMING_BYTES);
        return frameOverheadNanos + (bits * 1_000_000_000L + phyRateBitsPerSecond - 1) / phyRateBitsPerSecond;
    }

    private static String what(String ssid) {
        return "WiFi network '" + ssid + "': ";
    }

    private static void checkSsid(String ssid) {
        if (ssid == null || ssid.isEmpty() || ssid.length() > 32) {
            throw new IllegalArgumentException("a WiFi network name (SSID) must be 1-32 characters, was "
                    + (ssid == null ? "missing" : "'" + ssid + "' (" + ssid.length() + " characters)"));
        }
    }

    private static void checkPassword(String ssid, String password) {
        if (password == null) {
            throw new IllegalArgumentException(what(ssid) + "the password must be given; use \"\" for an open network");
        }
        if (!password.isEmpty() && (password.length() < 8 || password.length() > 63)) {
            throw new IllegalArgumentException(what(ssid) + "a WPA2 password must be 8-63 characters (or empty for an "
                    + "open network), was " + password.length() + " characters");
        }
    }

    private static void checkHost(String ssid, String name, Ipv4Address a, Ipv4Prefix subnet) {
        if (a == null) {
            throw new IllegalArgumentException(what(ssid) + "the " + name + " is required");
        }
        if (!subnet.contains(a) || a.equals(subnet.network()) || a.equals(subnet.broadcast())) {
            throw new IllegalArgumentException(what(ssid) + "the " + name + " must be a host address of " + subnet
                    + " (" + subnet.host(1) + " to " + subnet.broadcast().plus(-1) + "), was " + a);
        }
    }

    private static void checkAtLeast(String ssid, String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(what(ssid) + "the " + name + " must be at least " + min + ", was " + value);
        }
    }

    /** Collects an access point's parameters; {@link #build()} checks them together. */
    public static final class Builder {
        private final String ssid;
        private String password = "";
        private Ipv4Prefix subnet = Ipv4Prefix.parse(DEFAULT_SUBNET);
        private Ipv4Address gateway;
        private Ipv4Address poolFirst;
        private Ipv4Address poolLast;
        private final Map<String, Ipv4Address> reservations = new LinkedHashMap<>();
        private int stationLimit = DEFAULT_STATION_LIMIT;
        private long phyRate = DEFAULT_PHY_RATE;
        private long frameOverhead = DEFAULT_FRAME_OVERHEAD_NANOS;
        private int retryLimit = DEFAULT_RETRY_LIMIT;
        private int queueLimit = DEFAULT_QUEUE_LIMIT;
        private int rssiDbm = DEFAULT_RSSI_DBM;
        private NetemSpec radio = NetemSpec.NONE;

        private Builder(String ssid) {
            checkSsid(ssid);
            this.ssid = ssid;
        }

        /** The WPA2 passphrase (8–63 characters), or "" for an open network (the default). */
        public Builder password(String p) {
            checkPassword(ssid, p);
            this.password = p;
            return this;
        }

        /** The stations' subnet, e.g. {@code 192.168.0.0/24}; gateway and pool default from it. */
        public Builder subnet(String prefix) {
            this.subnet = Ipv4Prefix.parse(prefix);
            return this;
        }

        /** The router's address on the subnet (default host .1). */
        public Builder gateway(String address) {
            this.gateway = Ipv4Address.parse(address);
            return this;
        }

        /** The addresses DHCP hands out, {@code first} to {@code last} inclusive (default .2 to the subnet's end). */
        public Builder pool(String first, String last) {
            this.poolFirst = Ipv4Address.parse(first);
            this.poolLast = Ipv4Address.parse(last);
            return this;
        }

        /** Gives the station (node) {@code station} always the address {@code address}. */
        public Builder reserve(String station, String address) {
            if (reservations.containsKey(station)) {
                throw new IllegalArgumentException(what(ssid) + "station '" + station + "' already has a reservation ("
                        + reservations.get(station) + ")");
            }
            reservations.put(station, Ipv4Address.parse(address));
            return this;
        }

        public Builder stationLimit(int n) {
            checkAtLeast(ssid, "station limit", n, 1);
            this.stationLimit = n;
            return this;
        }

        public Builder phyRate(long bitsPerSecond) {
            this.phyRate = bitsPerSecond;
            return this;
        }

        public Builder frameOverheadNanos(long nanos) {
            this.frameOverhead = nanos;
            return this;
        }

        public Builder retryLimit(int n) {
            this.retryLimit = n;
            return this;
        }

        public Builder queueLimit(int n) {
            checkAtLeast(ssid, "queue limit", n, 1);
            this.queueLimit = n;
            return this;
        }

        public Builder rssiDbm(int dbm) {
            this.rssiDbm = dbm;
            return this;
        }

        /** netem impairments for every station's radio hops, e.g. {@code "delay 2ms 1ms"} (default none). */
        public Builder radio(String netemOptions) {
            this.radio = NetemParser.parse(netemOptions).spec();
            return this;
        }

        public Builder radio(NetemSpec spec) {
            this.radio = spec;
            return this;
        }

        /** The configuration, every value checked. */
        public AccessPointConfig build() {
            Ipv4Address gw = gateway != null ? gateway : subnet.length() <= 30 ? subnet.host(1) : null;
            Ipv4Address first = poolFirst != null ? poolFirst : subnet.length() <= 30 ? subnet.host(2) : null;
            Ipv4Address last = poolLast != null ? poolLast : subnet.broadcast().plus(-1);
            return new AccessPointConfig(ssid, password, subnet, gw, first, last, reservations, stationLimit, phyRate,
                    frameOverhead, retryLimit, queueLimit, rssiDbm, radio);
        }
    }
}
