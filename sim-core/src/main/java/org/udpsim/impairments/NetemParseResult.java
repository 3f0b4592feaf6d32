package org.udpsim.impairments;

import java.util.List;

/**
 * What {@link NetemParser} read: the spec, and the warnings about settings that netem accepts but that surprise
 * people (how the line was written, then {@link NetemSpec#warnings()}), in a fixed order.
 */
public record NetemParseResult(NetemSpec spec, List<String> warnings) {
    public NetemParseResult {
        warnings = List.copyOf(warnings);
    }
}
