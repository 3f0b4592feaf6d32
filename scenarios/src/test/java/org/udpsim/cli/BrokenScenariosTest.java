package org.udpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken scenarios (test resources {@code broken/}, one file per rule the loader checks): each file's
 * header says the exact first line it must print ({@code # expect: {file}:L:C: ...}, with {@code {dir}} its folder)
 * and the exit code ({@code # exit: 2}), and perhaps options ({@code # args: --strict}). Both {@code validate} and
 * {@code run} print that line first, exit with that code, print no stack trace, and {@code run} writes nothing.
 */
class BrokenScenariosTest {
    /** At least one file per rule of the issue and per rule the loader checks. */
    private static final int AT_LEAST = 60;

    @TempDir
    Path tmp;

    /** A corpus file's header. */
    record Header(String expect, int exit, List<String> args) {
        static Header of(Path file) throws IOException {
            // the header is ASCII or UTF-8; a file's body may hold a byte that is not UTF-8, on purpose
            List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            String expect = null;
            int exit = -1;
            List<String> args = List.of();
            for (String l : lines) {
                if (!l.startsWith("# ")) {
                    break;
                }
                if (l.startsWith("# expect: ")) {
                    expect = l.substring("# expect: ".length());
                } else if (l.startsWith("# exit: ")) {
                    exit = Integer.parseInt(l.substring("# exit: ".length()).strip());
                } else if (l.startsWith("# args: ")) {
                    args = List.of(l.substring("# args: ".length()).strip().split(" +"));
                }
            }
            if (expect == null || exit < 0) {
                throw new IllegalStateException(file + " has no '# expect:' and '# exit:' header");
            }
            return new Header(expect, exit, args);
        }
    }

    /** What one command printed and returned. */
    record Outcome(int code, List<String> err, String out) {
        String first() {
            return err.isEmpty() ? "(nothing on stderr)" : err.get(0);
        }
    }

    static Path corpusFolder() throws URISyntaxException {
        return Path.of(BrokenScenariosTest.class.getResource("/broken").toURI());
    }

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpusFolder())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static Outcome udpsim(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        String e = err.toString().strip();
        return new Outcome(code, e.isEmpty() ? List.of() : List.of(e.split("\\R")), out.toString());
    }

    private static List<String> command(String name, Path file, Header h, String... more) {
        List<String> args = new ArrayList<>(List.of(name, file.toString()));
        args.addAll(h.args());
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void corpus_holdsAFileForEveryRule() throws Exception {
        assertTrue(corpus().count() >= AT_LEAST, "at least " + AT_LEAST + " broken scenarios");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void brokenScenario_givesItsLine_fromValidateAndRun_andRunWritesNothing(Path file) throws IOException {
        Header h = Header.of(file);
        String expect = h.expect().replace("{file}", file.toString())
                .replace("{dir}", file.toAbsolutePath().getParent().toString());

        Outcome validate = udpsim(command("validate", file, h));
        Path out = tmp.resolve("out");
        Outcome run = udpsim(command("run", file, h, "--out", out.toString()));

        assertEquals(expect, validate.first(), "validate's first line");
        assertEquals(expect, run.first(), "run's first line");
        assertEquals(h.exit(), validate.code(), "validate's exit code");
        assertEquals(h.exit(), run.code(), "run's exit code");
        for (Outcome o : List.of(validate, run)) {
            String all = String.join("\n", o.err());
            assertFalse(all.contains("Exception") || all.contains("\tat "), "no stack trace: " + all);
        }
        assertEquals("", run.out(), "run prints no summary");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "run writes nothing, not even a hidden folder");
        }
    }
}
