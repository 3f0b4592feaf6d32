package org.udpsim.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.udpsim.run.ScenarioRun;

/**
 * What a served scenario runs for a change: the scenario file loaded with command-line arguments, exactly as
 * {@code udpsim run FILE ARGUMENTS...} loads and runs it, into a run folder that only the view reads.
 */
@FunctionalInterface
public interface Rerun {
    /**
     * Runs the scenario with {@code arguments} (as after {@code udpsim run FILE}, e.g. {@code --set} and its
     * {@code PATH=VALUE}) into the run folder {@code out}, with {@code extras} listening to it. The folder need not
     * hold the OLED frames' pictures and GIFs: the view takes the frames' pixels from what {@code extras} kept.
     *
     * @return the command line that reproduces the run
     * @throws Refused with the lines the command line prints, if the arguments or the changed scenario are refused;
     *     nothing is written then
     */
    String run(List<String> arguments, Path out, List<ScenarioRun.Extra> extras) throws Refused, IOException;

    /** As {@link #run(List, Path, List)} with no extras. */
    default String run(List<String> arguments, Path out) throws Refused, IOException {
        return run(arguments, out, List.of());
    }
}
