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
            spec.commandLine().getOut().printf("%s: valid: %s, %s, %s, %s, %s%n", scenario.file,
                    count(s.boards().size(), "board"), count(s.pcs().size(), "PC"),
                    count(s.network().accessPoints().size(), "access point") + boardAps(s),
                    count(s.network().routers().size(), "router"), count(s.network().links().size(), "link"));
        } catch (IllegalArgumentException e) {
            throw new UserError(scenario.file + ": " + e.getMessage());
        }
        return Main.EXIT_OK;
    }

    /** " (and 1 board that is one)" for the boards that serve an access point ({@code soft_ap:}); else empty. */
    private static String boardAps(Scenario s) {
        long n = s.boards().stream().filter(org.udpsim.scenario.Board::servesWifi).count();
        return n == 0 ? "" : " (and " + count((int) n, "board") + " that " + (n == 1 ? "is one)" : "are one each)");
    }

    /** "1 board", "2 boards". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
