package org.udpsim.topology;

import java.util.Objects;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.net.Hop;

/**
 * netem impairments on one direction of one hop.
 *
 * @param hop where
 * @param netem what, as netem would be told it
 */
public record HopImpairment(Hop hop, NetemSpec netem) {
    public HopImpairment {
        Objects.requireNonNull(hop, "hop");
        Objects.requireNonNull(netem, "netem");
    }
}
