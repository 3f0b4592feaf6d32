package org.udpsim.wifi;

import org.udpsim.packet.Ipv4Address;

/**
 * What an access point keeps for one station (by node name): its two radio hops, kept across reconnections so that
 * impairments set on them (and their random streams) stay, and the station while it is associated.
 */
final class StationLink {
    final String stationName;
    final RadioHop up;
    final RadioHop down;
    /** The associated station, or null while the station is not associated. */
    Station station;
    /** The address the access point knows the station by, or null. */
    Ipv4Address address;

    StationLink(String stationName, RadioHop up, RadioHop down) {
        this.stationName = stationName;
        this.up = up;
        this.down = down;
    }
}
