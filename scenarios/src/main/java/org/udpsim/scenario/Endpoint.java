package org.udpsim.scenario;

import java.util.Objects;
import org.udpsim.packet.Ipv4Address;

/**
 * A UDP or TCP destination, written {@code IP:PORT} in a scenario.
 *
 * @param address the IPv4 address
 * @param port 1-65535
 */
public record Endpoint(Ipv4Address address, int port) {
    public Endpoint {
        Objects.requireNonNull(address, "address");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a port must be 1-65535, was " + port);
        }
    }

    /** {@code 192.168.0.3:6000}. */
    @Override
    public String toString() {
        return address + ":" + port;
    }
}
