package org.udpsim.tools;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A program from the machine that a test drives (tshark, Chromium). When it is missing, a test on CI ({@code CI=true})
 * fails and says what to install; elsewhere it is skipped with the same message.
 */
public final class ExternalTool {
    private ExternalTool() {
    }

    /** The path of {@code program} (absolute, or found on the PATH); fails or skips the test when absent. */
    public static Path require(String program, String debianPackage) {
        Path found = find(program);
        if (found == null) {
            String why = program + " is not installed (Debian: apt-get install " + debianPackage
                    + "; .ci/run installs it)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        return found;
    }

    static Path find(String program) {
        if (program.startsWith("/")) {
            Path p = Path.of(program);
            return Files.isExecutable(p) ? p : null;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Path.of(dir, program);
            }
        }
        return null;
    }

    /** The result of running a program. */
    public record Result(int exitCode, String out, String err) {
    }

    /** Runs a command to its end (at most two minutes) and returns what it printed. */
    public static Result run(List<String> command) throws IOException, InterruptedException {
        return run(command, "");
    }

    /** Runs a command to its end (at most two minutes) with {@code input} on its stdin; returns what it printed. */
    public static Result run(List<String> command, String input) throws IOException, InterruptedException {
        Path in = Files.createTempFile("tool-", ".in");
        Path out = Files.createTempFile("tool-", ".out");
        Path err = Files.createTempFile("tool-", ".err");
        try {
            Files.writeString(in, input, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(new ArrayList<>(command)).redirectInput(in.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail("timed out: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
