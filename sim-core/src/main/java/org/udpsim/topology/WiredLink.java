package org.udpsim.topology;

import java.util.Objects;
import org.udpsim.kernel.ConfigException;
import org.udpsim.net.LinkConfig;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;

/**
 * A wired point-to-point link between two nodes (routers or hosts), the same in both directions.
 *
 * @param a the first end
 * @param b the second end, a different node
 * @param subnet the link's network
 * @param addressA a's address on the link, a host address of the subnet
 * @param addressB b's address on the link, another host address of it
 * @param config rate, propagation delay and queue of each direction
 */
public record WiredLink(String a, String b, Ipv4Prefix subnet, Ipv4Address addressA, Ipv4Address addressB,
        LinkConfig config) {
    public WiredLink {
        Names.check("a link end", a);
        Names.check("a link end", b);
        if (a.equals(b)) {
            throw new ConfigException("", "between", "a link joins two different nodes, got '" + a + "' twice");
        }
        Objects.requireNonNull(subnet, "subnet");
        for (Ipv4Address address : new Ipv4Address[] {Objects.requireNonNull(addressA, "addressA"),
                Objects.requireNonNull(addressB, "addressB")}) {
            String why = subnet.whyNotHost(address);
            if (why != null) {
                throw new ConfigException("", "addresses", "address " + why);
            }
        }
        if (addressA.equals(addressB)) {
            throw new ConfigException("", "addresses", "the two ends need different addresses, got " + addressB
                    + " twice");
        }
        Objects.requireNonNull(config, "config");
    }

    /** True if {@code node} is one of the two ends. */
    public boolean joins(String node) {
        return a.equals(node) || b.equals(node);
    }

    /** The end that is not {@code node}. */
    public String otherEnd(String node) {
        return a.equals(node) ? b : a;
    }

    /** {@code node}'s address on this link. */
    public Ipv4Address addressOf(String node) {
        if (!joins(node)) {
            throw new IllegalArgumentException("'" + node + "' is not on the link " + a + " - " + b);
        }
        return a.equals(node) ? addressA : addressB;
    }
}
