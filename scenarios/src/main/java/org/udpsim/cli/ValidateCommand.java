package org.udpsim.cli;

import java.util.concurrent.Callable;
import org.udpsim.run.ScenarioWorld;
import org.udpsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code udpsim validate FILE}: checks a scenario and builds its network without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a scenario file and build its network, without running it.",
                "Each mistake is one line, FILE:LINE:COL: what is wrong, and the exit code is 2."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @Override
    public Integer call() {
        Scenario s = scenario.load();
        ScenarioOptions.printWarnings(s, spec.commandLine().getErr());
        try (ScenarioWorld world = ScenarioWorld.build(s)) {
            spec.commandLine().getOut().printf("%s: valid: %d boards, %d PCs, %d access points, %d routers, %d links%n",
                    scenario.file, s.boards().size(), s.pcs().size(), s.network().accessPoints().size(),
                    s.network().routers().size(), s.network().links().size());
        } catch (IllegalArgumentException e) {
            throw new UserError(scenario.file + ": " + e.getMessage());
        }
        return Main.EXIT_OK;
    }
}
