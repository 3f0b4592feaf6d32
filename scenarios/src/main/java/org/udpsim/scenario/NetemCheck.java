package org.udpsim.scenario;

import java.util.List;
import java.util.Optional;
import org.udpsim.impairments.NetemException;
import org.udpsim.impairments.NetemParseResult;
import org.udpsim.impairments.NetemParser;
import org.udpsim.impairments.NetemSpec;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Checks netem option text (an impairment's {@code netem:}, an access point's {@code radio:}) with
 * {@code org.udpsim.impairments}' parser, so a mistake is reported at its line before anything runs. The text is
 * parsed once, here: the scenario keeps the {@link NetemSpec}.
 */
final class NetemCheck {
    /** The parser appends its whole usage to some messages; a scenario problem stays one readable line. */
    private static final String USAGE_TAIL = "; netem options:";

    private NetemCheck() {
    }

    /**
     * {@code options} parsed, or empty if they are not valid netem options: then what is wrong is reported at
     * {@code at}, as one line. What netem accepts but surprises people becomes a warning at {@code at} about the
     * hop directions {@code hops} ({@code from -> to}).
     */
    static Optional<NetemSpec> parse(String options, Problems problems, Node at, List<String> hops) {
        try {
            NetemParseResult read = NetemParser.parse(options);
            read.warnings().forEach(w -> problems.warn(at, w, hops));
            return Optional.of(read.spec());
        } catch (NetemException e) {
            String m = e.getMessage();
            int tail = m.indexOf(USAGE_TAIL);
            problems.at(at, tail < 0 ? m : m.substring(0, tail));
        } catch (IllegalArgumentException e) {
            problems.at(at, "netem: " + e.getMessage());
        }
        return Optional.empty();
    }
}
