package org.udpsim.wifi;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.udpsim.impairments.NetemParser;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.kernel.ConfigException;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;

/**
 * What a WiFi access point offers its stations: the network's name and password, the subnet it bridges to its
 * router, the DHCP pool with its reservations, and its radio (rate, per-frame overhead, retries, queue, signal).
 * Every value is checked when the configuration is made, each rule once, here: a {@link ConfigException} names the
 * parameter and says, in a teacher's words, the allowed range and the value given (a scenario reader adds only where
 * the parameter is written). Build one with {@link #builder(String)}; every parameter but the SSID has a default.
 *
 * @param ssid the network's name, 1–32 bytes of UTF-8
 * @param password the WPA2 passphrase, 8–63 printable ASCII characters, or empty for an open network
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
    /** The longest SSID, in bytes. */
    public static final int MAX_SSID_BYTES = 32;
    /** The most retries a frame may be given. */
    public static final int MAX_RETRIES = 255;

    public AccessPointConfig {
        checkSsid(ssid);
        checkPassword(ssid, password);
        checkSubnet(ssid, subnet);
        checkHost(ssid, "gateway", "gateway", gateway, subnet);
        checkHost(ssid, "dhcp.first", "the DHCP range's first address", poolFirst, subnet);
        checkHost(ssid, "dhcp.last", "the DHCP range's last address", poolLast, subnet);
        if (poolFirst.compareTo(poolLast) > 0) {
            throw new ConfigException(what(ssid), "dhcp.last", "the DHCP range ends (" + poolLast
                    + ") before it starts (" + poolFirst + ")");
        }
        if (gateway.compareTo(poolFirst) >= 0 && gateway.compareTo(poolLast) <= 0) {
            throw new ConfigException(what(ssid), "gateway", "the gateway " + gateway + " lies inside the DHCP range "
                    + poolFirst + "-" + poolLast + "; choose a range that leaves it out");
        }
        reservations = Collections.unmodifiableMap(new LinkedHashMap<>(reservations));
        Map<Ipv4Address, String> owners = new TreeMap<>();
        for (Map.Entry<String, Ipv4Address> r : reservations.entrySet()) {
            String station = r.getKey();
            if (station == null || station.isBlank()) {
                throw new IllegalArgumentException(what(ssid) + ": a reservation needs a station name");
            }
            String why = whyNotReservable(r.getValue(), subnet, gateway);
            if (why != null) {
                throw new ConfigException(what(ssid), "reservations", "the reservation for '" + station + "': "
                        + why);
            }
            String other = owners.putIfAbsent(r.getValue(), station);
            if (other != null) {
                throw new ConfigException(what(ssid), "reservations", r.getValue() + " is reserved twice: for '"
                        + other + "' and for '" + station + "'");
            }
        }
        checkStationLimit(ssid, stationLimit);
        if (phyRateBitsPerSecond <= 0) {
            throw new ConfigException(what(ssid), "phy_rate", "phy_rate must be more than 0 bit/s, got "
                    + phyRateBitsPerSecond);
        }
        if (frameOverheadNanos < 0) {
            throw new ConfigException(what(ssid), "frame_overhead", "the per-frame overhead must not be negative, got "
                    + SimTime.format(frameOverheadNanos) + " s");
        }
        checkRetries(ssid, retryLimit);
        checkQueueLimit(ssid, queueLimit);
        checkRssi(ssid, rssiDbm);
        if (radio == null) {
            throw new IllegalArgumentException(what(ssid) + ": the radio impairments must be given; NetemSpec.NONE for"
                    + " none");
        }
    }

    /** This configuration with {@code station} always given {@code address} by DHCP, checked as a whole. */
    public AccessPointConfig withReservation(String station, Ipv4Address address) {
        if (reservations.containsKey(station)) {
            throw new ConfigException(what(ssid), "reservations", "station '" + station
                    + "' already has a reservation (" + reservations.get(station) + ")");
        }
        Map<String, Ipv4Address> r = new LinkedHashMap<>(reservations);
        r.put(station, address);
        return new AccessPointConfig(ssid, password, subnet, gateway, poolFirst, poolLast, r, stationLimit,
                phyRateBitsPerSecond, frameOverheadNanos, retryLimit, queueLimit, rssiDbm, radio);
    }

    /**
     * Null if a station may be given {@code address} on this network; otherwise why not, e.g. {@code 10.0.0.3 is
     * outside the subnet 192.168.0.0/24} or {@code 192.168.0.1 is the gateway}.
     */
    public String whyNotReservable(Ipv4Address address) {
        return whyNotReservable(address, subnet, gateway);
    }

    private static String whyNotReservable(Ipv4Address address, Ipv4Prefix subnet, Ipv4Address gateway) {
        if (address == null) {
            return "an address is required";
        }
        String why = subnet.whyNotHost(address);
        if (why != null) {
            return why;
        }
        return address.equals(gateway) ? address + " is the gateway" : null;
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
        return "WiFi network '" + ssid + "'";
    }

    /** An SSID is 1-32 bytes (802.11's SSID element; the ESP32's {@code wifi_config_t} holds 32), in UTF-8. */
    private static void checkSsid(String ssid) {
        if (ssid == null) {
            throw new ConfigException("", "ssid", "a WiFi network name (SSID) is required");
        }
        int bytes = ssid.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < 1 || bytes > MAX_SSID_BYTES) {
            throw new ConfigException("", "ssid", "the SSID must be 1-" + MAX_SSID_BYTES + " bytes, got " + bytes
                    + " ('" + ssid + "')");
        }
    }

    /** A WPA2 passphrase is 8-63 printable ASCII characters (IEEE 802.11i); empty means an open network. */
    private static void checkPassword(String ssid, String password) {
        if (password == null) {
            throw new ConfigException(what(ssid), "password", "a password is required; \"\" means an open network");
        }
        if (password.isEmpty()) {
            return;
        }
        if (password.length() < 8 || password.length() > 63) {
            throw new ConfigException(what(ssid), "password", "a WPA2 password must be 8-63 characters (or \"\" for an"
                    + " open network), got " + password.length() + " characters");
        }
        if (!password.chars().allMatch(c -> c >= 32 && c <= 126)) {
            throw new ConfigException(what(ssid), "password", "a WPA2 password may hold only printable ASCII"
                    + " characters");
        }
    }

    private static void checkSubnet(String ssid, Ipv4Prefix subnet) {
        if (subnet == null) {
            throw new ConfigException(what(ssid), "subnet", "a subnet such as " + DEFAULT_SUBNET + " is required");
        }
        if (subnet.length() < 1 || subnet.length() > 30) {
            throw new ConfigException(what(ssid), "subnet", "subnet " + subnet + " has no room for a gateway and"
                    + " stations: the prefix length must be 1-30, got /" + subnet.length());
        }
    }

    private static void checkHost(String ssid, String parameter, String name, Ipv4Address a, Ipv4Prefix subnet) {
        if (a == null) {
            throw new ConfigException(what(ssid), parameter, "the " + name + " is required");
        }
        String why = subnet.whyNotHost(a);
        if (why != null) {
            throw new ConfigException(what(ssid), parameter, name + " " + why);
        }
    }

    /** 802.11's retry counters (dot11ShortRetryLimit) are 8 bits. */
    private static void checkRetries(String ssid, int retries) {
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new ConfigException(what(ssid), "retries", "retries must be 0-" + MAX_RETRIES + ", got " + retries);
        }
    }

    private static void checkStationLimit(String ssid, int n) {
        if (n < 1) {
            throw new ConfigException(what(ssid), "max_stations", "max_stations must be 1 or more, got " + n);
        }
    }

    private static void checkRssi(String ssid, int dbm) {
        if (dbm < -100 || dbm > 0) {
            throw new ConfigException(what(ssid), "rssi", "rssi must be -100 to 0 dBm, got " + dbm);
        }
    }

    private static void checkQueueLimit(String ssid, int n) {
        if (n < 1) {
            throw new ConfigException(what(ssid), "queue", "the radio queue must hold 1 or more frames, got " + n);
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

        /** The WPA2 passphrase (8–63 printable ASCII characters), or "" for an open network (the default). */
        public Builder password(String p) {
            checkPassword(ssid, p);
            this.password = p;
            return this;
        }

        /** The stations' subnet, e.g. {@code 192.168.0.0/24}; gateway and pool default from it. */
        public Builder subnet(String prefix) {
            return subnet(Ipv4Prefix.parse(prefix));
        }

        /** The stations' subnet, prefix length 1-30; gateway and pool default from it. Set it first. */
        public Builder subnet(Ipv4Prefix prefix) {
            checkSubnet(ssid, prefix);
            this.subnet = prefix;
            return this;
        }

        /** The router's address on the subnet (default host .1). */
        public Builder gateway(String address) {
            return gateway(Ipv4Address.parse(address));
        }

        /** The router's address on the subnet (default host .1), a host address of the subnet set so far. */
        public Builder gateway(Ipv4Address address) {
            checkHost(ssid, "gateway", "gateway", address, subnet);
            this.gateway = address;
            return this;
        }

        /** The addresses DHCP hands out, {@code first} to {@code last} inclusive (default .2 to the subnet's end). */
        public Builder pool(String first, String last) {
            return poolFirst(Ipv4Address.parse(first)).poolLast(Ipv4Address.parse(last));
        }

        /** The first address DHCP hands out (default host .2), a host address of the subnet set so far. */
        public Builder poolFirst(Ipv4Address first) {
            checkHost(ssid, "dhcp.first", "the DHCP range's first address", first, subnet);
            this.poolFirst = first;
            return this;
        }

        /** The last address DHCP hands out (default the last host address), a host address of the subnet. */
        public Builder poolLast(Ipv4Address last) {
            checkHost(ssid, "dhcp.last", "the DHCP range's last address", last, subnet);
            this.poolLast = last;
            return this;
        }

        /** Gives the station (node) {@code station} always the address {@code address}. */
        public Builder reserve(String station, String address) {
            return reserve(station, Ipv4Address.parse(address));
        }

        /** Gives the station (node) {@code station} always the address {@code address}. */
        public Builder reserve(String station, Ipv4Address address) {
            if (reservations.containsKey(station)) {
                throw new ConfigException(what(ssid), "reservations", "station '" + station
                        + "' already has a reservation (" + reservations.get(station) + ")");
            }
            reservations.put(station, address);
            return this;
        }

        /** How many stations may be associated at once, 1 or more. */
        public Builder stationLimit(int n) {
            checkStationLimit(ssid, n);
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

        /** Retransmissions of a unicast frame after its first attempt, 0-{@value #MAX_RETRIES}. */
        public Builder retryLimit(int n) {
            checkRetries(ssid, n);
            this.retryLimit = n;
            return this;
        }

        public Builder queueLimit(int n) {
            checkQueueLimit(ssid, n);
            this.queueLimit = n;
            return this;
        }

        /** The signal strength stations report, -100 to 0 dBm. */
        public Builder rssiDbm(int dbm) {
            checkRssi(ssid, dbm);
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
