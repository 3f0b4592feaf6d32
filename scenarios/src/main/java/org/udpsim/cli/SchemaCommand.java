package org.udpsim.cli;

import java.util.concurrent.Callable;
import org.udpsim.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code udpsim schema}: prints the scenario JSON Schema, its impairment options generated from netem's. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema of scenario files, for editors.",
                "Its impairment options are generated from udpsim's description of netem's options; redirect it to"
                        + " scenarios/src/main/resources/org/udpsim/scenario/scenario.schema.json to regenerate"
                        + " that file."})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ScenarioSchema.generate());
        spec.commandLine().getOut().flush();
        return Main.EXIT_OK;
    }
}
