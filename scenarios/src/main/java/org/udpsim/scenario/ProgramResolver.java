package org.udpsim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns {@code program:} into a {@link Program}: a name from the table, or a {@code .py} file next to the scenario,
 * read (as UTF-8) when the scenario is loaded so that a missing or unreadable file is reported at its
 * {@code program:} line.
 */
final class ProgramResolver {
    /** The largest program file read: far more than a board's flash holds for its programs. */
    static final long MAX_PROGRAM_BYTES = 1 << 20;

    /** What {@code program:} names: a program of the table, or {@link Program#PYTHON} with its file. */
    record Resolved(Program program, Optional<PythonSource> python) {
    }

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
    Optional<Resolved> resolve(Fields f, boolean onBoard, String who) {
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
            return python(id, at, onBoard, who).map(source -> new Resolved(Program.PYTHON, Optional.of(source)));
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
        return Optional.of(new Resolved(program, Optional.empty()));
    }

    private Optional<PythonSource> python(String path, Node at, boolean onBoard, String who) {
        Path file = baseDirectory.resolve(path).normalize();
        if (!Files.exists(file)) {
            problems.at(at, "program file '" + path + "' not found (looked for " + file.toAbsolutePath() + ")");
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            problems.at(at, "program file '" + path + "' is not a file (" + file.toAbsolutePath() + ")");
            return Optional.empty();
        }
        if (!onBoard) {
            problems.at(at, "program '" + path + "' is a MicroPython program and runs on a board, not on " + who);
            return Optional.empty();
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_PROGRAM_BYTES) {
                problems.at(at, "program file '" + path + "' is " + Files.size(file) + " bytes; a board program may"
                        + " have at most " + MAX_PROGRAM_BYTES + " bytes");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.at(at, "program file '" + path + "' cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        Optional<String> text = utf8(bytes, path, at);
        return text.map(t -> new PythonSource(file.getFileName().toString(), file,
                t.startsWith("\uFEFF") ? t.substring(1) : t));
    }

    /** The text, or empty with a problem naming the first byte that is not UTF-8 by its line and column. */
    private Optional<String> utf8(byte[] bytes, String path, Node at) {
        return Utf8Text.decode(bytes, bad -> problems.at(at, "program file '" + path + "' is not UTF-8 text: line "
                + bad.line() + ", column " + bad.column() + " is the byte " + bad.shown()
                + "; MicroPython reads programs as UTF-8, so save it as UTF-8"));
    }
}
