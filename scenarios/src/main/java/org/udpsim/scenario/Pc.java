package org.udpsim.scenario;

import java.util.Objects;
import java.util.Optional;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.topology.Names;

/**
 * A PC: either a WiFi station of an access point, or wired (an end of one or more links, which give its addresses).
 * It runs one of the traffic programs.
 *
 * @param name unique among all nodes
 * @param program what it runs; not a board lesson
 * @param args the program's arguments, defaults filled in
 * @param accessPoint the access point it joins; empty for a wired PC
 * @param ip its DHCP reservation on WiFi; empty for any address from the pool, and always for a wired PC
 * @param startNanos when its program starts, 0 or more
 */
public record Pc(String name, Program program, ProgramArgs args, Optional<String> accessPoint,
        Optional<Ipv4Address> ip, long startNanos) {
    public Pc {
        Names.check("a PC", name);
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(accessPoint, "accessPoint");
        accessPoint.ifPresent(a -> Names.check("an access point", a));
        Objects.requireNonNull(ip, "ip");
        if (ip.isPresent() && accessPoint.isEmpty()) {
            throw new IllegalArgumentException("a wired PC gets its addresses from its links, not from ip");
        }
        if (startNanos < 0) {
            throw new IllegalArgumentException("a PC's start must be 0s or later, was " + startNanos + " ns");
        }
    }

    /** True if the PC is on a wired link rather than WiFi. */
    public boolean isWired() {
        return accessPoint.isEmpty();
    }
}
