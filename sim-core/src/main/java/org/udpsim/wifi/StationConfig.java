package org.udpsim.wifi;

import java.util.List;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;

/**
 * A station's IP configuration, the tuple the board's {@code sta.ifconfig()} returns: its address, the subnet
 * mask, the default gateway and the DNS server (the gateway, for an access point's DHCP).
 */
public record StationConfig(Ipv4Address ip, Ipv4Address netmask, Ipv4Address gateway, Ipv4Address dns) {
    /** What a station without an address reports: all four {@code 0.0.0.0}. */
    public static final StationConfig NONE =
            new StationConfig(Ipv4Address.ANY, Ipv4Address.ANY, Ipv4Address.ANY, Ipv4Address.ANY);

    public StationConfig {
        if (ip == null || netmask == null || gateway == null || dns == null) {
            throw new IllegalArgumentException("an IP configuration needs ip, netmask, gateway and dns (0.0.0.0 for none)");
        }
        prefixLength(netmask);
    }

    /** Parses the four dotted-quad strings of {@code ifconfig((ip, netmask, gateway, dns))}. */
    public static StationConfig parse(String ip, String netmask, String gateway, String dns) {
        return new StationConfig(Ipv4Address.parse(ip), Ipv4Address.parse(netmask), Ipv4Address.parse(gateway),
                Ipv4Address.parse(dns));
    }

    /** The length of the network prefix the netmask describes, e.g. 24 for 255.255.255.0. */
    public int prefixLength() {
        return prefixLength(netmask);
    }

    /** True for {@link #NONE}: no address. */
    public boolean isNone() {
        return ip.isAny();
    }

    /** The four fields as the board prints them: {@code ['192.168.0.2', '255.255.255.0', '192.168.0.1', '192.168.0.1']}. */
    public List<String> asStrings() {
        return List.of(ip.toString(), netmask.toString(), gateway.toString(), dns.toString());
    }

    private static int prefixLength(Ipv4Address netmask) {
        int len = Integer.bitCount(netmask.bits());
        if (Ipv4Prefix.mask(len) != netmask.bits()) {
            throw new IllegalArgumentException("'" + netmask + "' is not a netmask: its one bits must come first, "
                    + "as in 255.255.255.0");
        }
        return len;
    }
}
