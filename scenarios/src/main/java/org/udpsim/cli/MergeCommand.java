package org.udpsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.udpsim.sweep.SweepMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code udpsim merge DIR... --out DIR}: joins a sweep's shards. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the folders of every shard of a sweep into what one machine would have written.")
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "The shards' output folders.")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The merged folder.")
    Path out;

    @Override
    public Integer call() throws IOException {
        SweepMerge.merge(shards, out);
        spec.commandLine().getOut().println("wrote " + out);
        return Main.EXIT_OK;
    }
}
