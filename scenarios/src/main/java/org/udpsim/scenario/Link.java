package org.udpsim.scenario;

import java.util.Objects;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;

/**
 * A wired point-to-point link between two nodes (routers or PCs), the same in both directions.
 *
 * @param a the first node named in {@code between}
 * @param b the second node
 * @param subnet the link's network
 * @param addressA a's address on the link; default host .1 of the subnet
 * @param addressB b's address on the link; default host .2
 * @param rateBitsPerSecond the line rate
 * @param delayNanos the propagation delay, 0 or more
 * @param queuePackets how many packets may wait to be sent, 1 or more
 */
public record Link(String a, String b, Ipv4Prefix subnet, Ipv4Address addressA, Ipv4Address addressB,
        long rateBitsPerSecond, long delayNanos, int queuePackets) {
    public Link {
        Names.check("a link end", a);
        Names.check("a link end", b);
        if (a.equals(b)) {
            throw new IllegalArgumentException("a link joins two different nodes, got '" + a + "' twice");
        }
        Objects.requireNonNull(subnet, "subnet");
        Objects.requireNonNull(addressA, "addressA");
        Objects.requireNonNull(addressB, "addressB");
        if (!subnet.contains(addressA) || !subnet.contains(addressB) || addressA.equals(addressB)) {
            throw new IllegalArgumentException("a link's two addresses must differ and lie in " + subnet + ", were "
                    + addressA + " and " + addressB);
        }
        if (rateBitsPerSecond <= 0) {
            throw new IllegalArgumentException("a link's rate must be more than 0, was " + rateBitsPerSecond);
        }
        if (delayNanos < 0) {
            throw new IllegalArgumentException("a link's delay must be 0 or more, was " + delayNanos + " ns");
        }
        if (queuePackets < 1) {
            throw new IllegalArgumentException("a link's queue must hold 1 or more packets, was " + queuePackets);
        }
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
