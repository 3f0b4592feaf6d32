package org.udpsim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns {@code program:} into a {@link Program}: a name from the table, or a {@code .py} file next to the scenario
 * (found, then refused until Python programs are supported).
 */
final class ProgramResolver {
    private final Problems problems;
    private final Path baseDirectory;

    /** @param baseDirectory the scenario file's folder, against which {@code .py} paths are resolved */
    ProgramResolver(Problems problems, Path baseDirectory) {
        this.problems = problems;
        this.baseDirectory = baseDirectory;
    }

    /**
     * The program {@code f} names under {@code program:}, if it exists and can run here; otherwise reported.
     *
     * @param onBoard true for a board, false for a PC
     * @param who the node in messages, e.g. {@code PC 'laptop'}
     */
    Optional<Program> resolve(Fields f, boolean onBoard, String who) {
        if (!f.require("program")) {
            return Optional.empty();
        }
        Optional<String> text = f.text("program");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Node at = f.value("program");
        String id = text.get().strip();
        if (id.toLowerCase(Locale.ROOT).endsWith(".py")) {
            python(id, at);
            return Optional.empty();
        }
        Optional<Program> p = Program.byId(id);
        if (p.isEmpty()) {
            String hint = Program.byId("java:" + id).map(q -> "; did you mean '" + q.id() + "'?")
                    .orElse(Suggest.didYouMean(id, Program.ids()));
            problems.at(at, "unknown program '" + id + "'" + (hint.isEmpty()
                    ? " (programs: " + String.join(", ", Program.ids()) + ", or a .py file)" : hint));
            return Optional.empty();
        }
        Program program = p.get();
        if (program.isLesson() && !onBoard) {
            problems.at(at, "program '" + id + "' is an mPython lesson and runs on a board, not on " + who);
            return Optional.empty();
        }
        return p;
    }

    private void python(String path, Node at) {
        Path file = baseDirectory.resolve(path).normalize();
        if (!Files.isRegularFile(file)) {
            problems.at(at, "program file '" + path + "' not found (looked for " + file.toAbsolutePath() + ")");
            return;
        }
        String name = file.getFileName().toString();
        String guess = "java:" + name.substring(0, name.length() - 3).toLowerCase(Locale.ROOT).replace('_', '-');
        String use = Program.byId(guess).map(Program::id).orElse("java:udp-client, java:udp-server, java:tcp-client"
                + " or java:tcp-server");
        problems.at(at, "Python programs are not supported yet; use " + use + " (the tutorial's programs ported to"
                + " Java)");
    }
}
