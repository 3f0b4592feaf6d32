package org.udpsim.scenario;

import java.util.Optional;
import org.udpsim.impairments.NetemException;
import org.udpsim.impairments.NetemSpec;

/**
 * Checks netem option text (an impairment's {@code netem:}, an access point's {@code radio:}) with
 * {@code org.udpsim.impairments}' parser, so a mistake is reported at its line before anything runs. The scenario
 * keeps the text; the wiring parses it again into a {@link NetemSpec}.
 */
final class NetemCheck {
    /** The parser appends its whole usage to some messages; a scenario problem stays one readable line. */
    private static final String USAGE_TAIL = "; netem options:";

    private NetemCheck() {
    }

    /** What is wrong with {@code options}, or empty if they are valid netem options. */
    static Optional<String> problem(String options) {
        try {
            NetemSpec.parse(options);
            return Optional.empty();
        } catch (NetemException e) {
            String m = e.getMessage();
            int tail = m.indexOf(USAGE_TAIL);
            return Optional.of(tail < 0 ? m : m.substring(0, tail));
        } catch (IllegalArgumentException e) {
            return Optional.of("netem: " + e.getMessage());
        }
    }
}
