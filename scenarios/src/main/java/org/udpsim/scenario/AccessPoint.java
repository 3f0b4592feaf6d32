package org.udpsim.scenario;

import java.util.Objects;
import java.util.Optional;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;

/**
 * A WiFi access point: boards and PCs join it as stations, get addresses from its DHCP pool, and reach the rest of
 * the network through its uplink router, whose address on the subnet is the gateway.
 *
 * @param name unique among all nodes
 * @param ssid the network's name, 1-32 characters; default the access point's name
 * @param password the WPA2 passphrase, 8-63 printable ASCII characters, or empty for an open network
 * @param subnet the stations' network, with room for hosts (prefix length 1-30)
 * @param gateway the uplink router's address on the subnet, a host of it; default host .1
 * @param dhcpFirst the first address DHCP hands out; default host .2
 * @param dhcpLast the last address DHCP hands out; default the subnet's last host address
 * @param uplink the router it bridges to; empty for an isolated WLAN
 * @param radio netem options for every station's radio hop, both directions; empty for none
 * @param retries the 802.11 unicast retry limit, 0-15
 * @param phyRateBitsPerSecond the radio's data rate, for airtime
 * @param maxStations how many stations may join at once, 1 or more; {@link Defaults#MAX_STATIONS} for no limit
 */
public record AccessPoint(String name, String ssid, String password, Ipv4Prefix subnet, Ipv4Address gateway,
        Ipv4Address dhcpFirst, Ipv4Address dhcpLast, Optional<String> uplink, String radio, int retries,
        long phyRateBitsPerSecond, int maxStations) {
    /** The highest {@code retries} a scenario may set (802.11's retry counters are 4 bits). */
    public static final int MAX_RETRIES = 15;

    public AccessPoint {
        Names.check("an access point", name);
        Objects.requireNonNull(ssid, "ssid");
        if (ssid.isEmpty() || ssid.length() > 32) {
            throw new IllegalArgumentException("an SSID must be 1-32 characters, was '" + ssid + "'");
        }
        String why = whyBadPassword(password);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        Objects.requireNonNull(subnet, "subnet");
        if (subnet.length() < 1 || subnet.length() > 30) {
            throw new IllegalArgumentException("an access point's subnet needs a prefix length of 1-30, was " + subnet);
        }
        checkHost("gateway", gateway, subnet);
        checkHost("DHCP first address", dhcpFirst, subnet);
        checkHost("DHCP last address", dhcpLast, subnet);
        if (dhcpFirst.compareTo(dhcpLast) > 0) {
            throw new IllegalArgumentException("the DHCP range must not end (" + dhcpLast + ") before it starts ("
                    + dhcpFirst + ")");
        }
        Objects.requireNonNull(uplink, "uplink");
        uplink.ifPresent(u -> Names.check("an uplink router", u));
        Objects.requireNonNull(radio, "radio");
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new IllegalArgumentException("retries must be 0-" + MAX_RETRIES + ", was " + retries);
        }
        if (phyRateBitsPerSecond <= 0) {
            throw new IllegalArgumentException("phy_rate must be more than 0, was " + phyRateBitsPerSecond);
        }
        if (maxStations < 1) {
            throw new IllegalArgumentException("max_stations must be 1 or more, was " + maxStations);
        }
    }

    /** Null if {@code password} is a valid WPA2 passphrase or empty; otherwise what is wrong. */
    static String whyBadPassword(String password) {
        if (password == null) {
            return "a password is required; \"\" means an open network";
        }
        if (password.isEmpty()) {
            return null;
        }
        if (password.length() < 8 || password.length() > 63) {
            return "a WPA2 password must be 8-63 characters (or \"\" for an open network), got "
                    + password.length() + " characters";
        }
        if (!password.chars().allMatch(c -> c >= 32 && c <= 126)) {
            return "a WPA2 password may hold only printable ASCII characters";
        }
        return null;
    }

    /** True for an open network. */
    public boolean isOpen() {
        return password.isEmpty();
    }

    /** True if {@code a} is a host address of the subnet, neither its network nor its broadcast address. */
    public boolean isHost(Ipv4Address a) {
        return subnet.contains(a) && !a.equals(subnet.network()) && !a.equals(subnet.broadcast());
    }

    private static void checkHost(String what, Ipv4Address a, Ipv4Prefix subnet) {
        Objects.requireNonNull(a, what);
        if (!subnet.contains(a) || a.equals(subnet.network()) || a.equals(subnet.broadcast())) {
            throw new IllegalArgumentException("the " + what + " must be a host address of " + subnet + ", was " + a);
        }
    }
}
