package org.udpsim.wifi;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.udpsim.packet.Ipv4Address;

/**
 * The addresses an access point's DHCP server hands to its stations: a station with a reservation always gets its
 * reserved address; any other gets the lowest free address of the pool. Leases last until the station leaves.
 *
 * <p>An address is free if it is not the gateway, not reserved for another station, not leased, and not in use by
 * an associated station that configured it statically.
 */
final class DhcpPool {
    private final AccessPointConfig config;
    private final Map<Ipv4Address, String> reservedFor = new TreeMap<>();
    private final NavigableMap<String, Ipv4Address> leaseByStation = new TreeMap<>();
    private final NavigableMap<Ipv4Address, String> stationByLease = new TreeMap<>();

    DhcpPool(AccessPointConfig config) {
        this.config = config;
        for (Map.Entry<String, Ipv4Address> r : config.reservations().entrySet()) {
            reservedFor.put(r.getValue(), r.getKey());
        }
    }

    /**
     * Leases an address to {@code station}: its current lease, else its reservation, else the lowest free address.
     * Returns null if there is none (the pool is used up, or the reserved address is taken by a static one).
     *
     * @param takenStatically addresses that stations configured by hand, which DHCP must not hand out
     */
    Ipv4Address lease(String station, Predicate<Ipv4Address> takenStatically) {
        Ipv4Address current = leaseByStation.get(station);
        if (current != null) {
            return current;
        }
        Ipv4Address chosen = config.reservations().get(station);
        if (chosen != null) {
            if (stationByLease.containsKey(chosen) || takenStatically.test(chosen)) {
                return null;
            }
        } else {
            chosen = lowestFree(takenStatically);
            if (chosen == null) {
                return null;
            }
        }
        leaseByStation.put(station, chosen);
        stationByLease.put(chosen, station);
        return chosen;
    }

    /** Ends the station's lease, if it has one. */
    void release(String station) {
        Ipv4Address a = leaseByStation.remove(station);
        if (a != null) {
            stationByLease.remove(a);
        }
    }

    /** The station's leased address, or null. */
    Ipv4Address leaseOf(String station) {
        return leaseByStation.get(station);
    }

    /** True if DHCP has leased {@code a} to some station. */
    boolean isLeased(Ipv4Address a) {
        return stationByLease.containsKey(a);
    }

    /** The current leases, station name to address, in name order. */
    Map<String, Ipv4Address> leases() {
        return Collections.unmodifiableMap(leaseByStation);
    }

    private Ipv4Address lowestFree(Predicate<Ipv4Address> takenStatically) {
        Ipv4Address a = config.poolFirst();
        while (a.compareTo(config.poolLast()) <= 0) {
            if (!a.equals(config.gateway()) && !reservedFor.containsKey(a) && !stationByLease.containsKey(a)
                    && !takenStatically.test(a)) {
                return a;
            }
            if (a.equals(config.poolLast())) {
                break;
            }
            a = a.plus(1);
        }
        return null;
    }
}
