package org.udpsim.topology;

import java.util.Objects;
import java.util.Optional;
import org.udpsim.kernel.SimTime;
import org.udpsim.net.LinkConfig;
import org.udpsim.wifi.AccessPointConfig;

/**
 * A WiFi access point of the topology: what it offers its stations, and the router its uplink cable goes to.
 *
 * @param name the node's name, unique in the topology
 * @param config its network, DHCP and radio
 * @param uplink the router it bridges to; empty for an isolated WLAN
 */
public record AccessPointNode(String name, AccessPointConfig config, Optional<String> uplink) {
    /** The cable between an access point and its uplink router: 1 Gbit/s, 100 µs. */
    public static final LinkConfig UPLINK = LinkConfig.of(1_000_000_000L, SimTime.micros(100));

    public AccessPointNode {
        Names.check("an access point", name);
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(uplink, "uplink");
    }

    /** This access point with {@code config} instead. */
    public AccessPointNode with(AccessPointConfig changed) {
        return new AccessPointNode(name, changed, uplink);
    }
}
