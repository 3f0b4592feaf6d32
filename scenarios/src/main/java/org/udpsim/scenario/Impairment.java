package org.udpsim.scenario;

import java.util.Objects;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.net.Hop;
import org.udpsim.topology.HopImpairment;

/**
 * One hop's impairments as the file gives them: sim-core's {@link HopImpairment}, and where the entry is written
 * (a group's entry gives one impairment per member, all at the entry's position).
 *
 * @param impairment the hop and its netem options
 * @param position where the entry is written
 */
public record Impairment(HopImpairment impairment, SourcePosition position) {
    public Impairment {
        Objects.requireNonNull(impairment, "impairment");
        Objects.requireNonNull(position, "position");
    }

    public Hop hop() {
        return impairment.hop();
    }

    public NetemSpec netem() {
        return impairment.netem();
    }
}
