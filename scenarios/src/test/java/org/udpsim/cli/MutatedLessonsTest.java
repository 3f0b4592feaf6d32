package org.udpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped lessons, mutated at random with a fixed seed: a line deleted or written twice, a character changed, a
 * number swapped for a huge, negative or garbled one, an indentation changed, a byte that is not UTF-8. Whatever
 * the mutation, {@code validate} exits with 0 or 2, never 1; every line it prints names its place as FILE:LINE:COL;
 * nothing it prints is a stack trace. A sample is also run for a simulated second: on exit 2 nothing is written.
 *
 * <p>The lessons' {@code .py} programs are swapped for their Java ports first ({@code udp_server.py} for
 * {@code java:udp-server} and so on): a world of Python boards prepares a GraalPy context per board, seconds per
 * case, and the loader's checks are the same for both.
 */
class MutatedLessonsTest {
    private static final long SEED = 14;
    private static final int CASES = 200;
    /** Every this many cases goes through the whole command line ({@link Main#execute}). */
    private static final int FULL_EVERY = 10;
    /** Every this many cases is also run. */
    private static final int RUN_EVERY = 30;
    private static final Map<String, String> JAVA_PORTS = Map.of("udp_server", "java:udp-server", "tcp_server",
            "java:tcp-server", "tcp_client", "java:tcp-client");
    private static final Pattern PY_PROGRAM = Pattern.compile("\\b([A-Za-z0-9_]+)\\.py\\b");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String[] ODD_NUMBERS = {"99999999999999999999999", "-1", "-250", "0", "1e309", "NaN",
            "4294967296", "9223372036854775808", "0x1F", "12abc", "1".repeat(200), "", "3.5.1"};
    private static final String ODD_CHARACTERS = ":{}[]\"'#-&*!|>%@`,? \tx0é\u0000\u2028掌";

    @TempDir
    Path tmp;

    /** A lesson's text with its .py programs swapped for their Java ports. */
    private static String withJavaPorts(String text) {
        Matcher m = PY_PROGRAM.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(JAVA_PORTS.getOrDefault(m.group(1), "java:udp-client")));
        }
        return m.appendTail(sb).toString();
    }

    private static List<String> lessons() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("lessons"))) {
            List<String> texts = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                texts.add(withJavaPorts(Files.readString(p)));
            }
            return texts;
        }
    }

    /** One to three mutations of {@code text}, as bytes (one of them may not be UTF-8). */
    static byte[] mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        boolean latin1 = false;
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            int i = random.nextInt(lines.size());
            String line = lines.get(i);
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> {
                    if (!line.isEmpty()) {
                        int at = random.nextInt(line.length());
                        char c = ODD_CHARACTERS.charAt(random.nextInt(ODD_CHARACTERS.length()));
                        lines.set(i, line.substring(0, at) + c + line.substring(at + 1));
                    }
                }
                case 3 -> {
                    Matcher m = NUMBER.matcher(line);
                    List<int[]> spans = new ArrayList<>();
                    while (m.find()) {
                        spans.add(new int[] {m.start(), m.end()});
                    }
                    if (!spans.isEmpty()) {
                        int[] s = spans.get(random.nextInt(spans.size()));
                        lines.set(i, line.substring(0, s[0]) + ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)]
                                + line.substring(s[1]));
                    }
                }
                case 4 -> lines.set(i, random.nextBoolean() ? " ".repeat(1 + random.nextInt(3)) + line
                        : line.replaceFirst("^ {1,2}", ""));
                default -> latin1 = true;
            }
        }
        String mutated = String.join("\n", lines);
        if (!latin1) {
            return mutated.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] utf8 = mutated.getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(utf8.length + 1);
        bytes.write(utf8, 0, at);
        bytes.write(0xE9); // é in Latin-1
        bytes.write(utf8, at, utf8.length - at);
        return bytes.toByteArray();
    }

    private record Outcome(int code, List<String> err) {
    }

    /**
     * What {@code udpsim validate FILE} does, called as {@link ValidateCommand} calls it, without building the
     * command line anew (tens of milliseconds a case): the checks before anything runs, the world built, and what
     * {@link Main} prints for a mistake; exit 1 for anything else.
     */
    private static Outcome validate(Path file) {
        ScenarioOptions options = new ScenarioOptions();
        options.file = file;
        try {
            org.udpsim.scenario.Scenario s = options.load();
            try (org.udpsim.run.ScenarioWorld world = org.udpsim.run.ScenarioWorld.build(s)) {
                return new Outcome(0, s.warnings().stream().map(Object::toString).toList());
            } catch (IllegalArgumentException e) {
                throw new UserError(file + ": " + e.getMessage());
            }
        } catch (RuntimeException e) {
            List<String> lines = Main.userLines(e);
            return lines == null ? new Outcome(1, List.of(e.toString())) : new Outcome(2, lines);
        }
    }

    private static Outcome udpsim(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        String e = err.toString().strip();
        return new Outcome(code, e.isEmpty() ? List.of() : List.of(e.split("\\R")));
    }

    private static void assertOneLocatedLinePerMistake(Path file, Outcome o, String what) {
        assertTrue(o.code() == 0 || o.code() == 2, what + ": exit " + o.code() + ", never 1: " + o.err());
        Pattern located = Pattern.compile(Pattern.quote(file.toString()) + ":\\d+:\\d+: \\S.*");
        for (String line : o.err()) {
            assertTrue(located.matcher(line).matches(), what + ": a line without FILE:LINE:COL: " + line);
            assertFalse(line.contains("Exception") || line.contains("\tat "), what + ": a stack trace: " + line);
        }
        if (o.code() == 2) {
            assertFalse(o.err().isEmpty(), what + ": exit 2 says why");
        }
    }

    @Test
    void mutatedLessons_giveExit0Or2_andOneLocatedLinePerMistake_andWriteNothingOnExit2() throws IOException {
        List<String> lessons = lessons();
        Random random = new Random(SEED);
        Path file = tmp.resolve("lesson.yaml");
        int refused = 0;
        for (int c = 0; c < CASES; c++) {
            String lesson = lessons.get(random.nextInt(lessons.size()));
            Files.write(file, mutate(lesson, random));
            String what = "case " + c;
            Outcome validate = c % FULL_EVERY == 0 ? udpsim("validate", file.toString()) : validate(file);
            assertOneLocatedLinePerMistake(file, validate, what + " (validate)");
            refused += validate.code() == 2 ? 1 : 0;
            if (c % RUN_EVERY == 0) {
                Path out = tmp.resolve("out");
                Outcome shortValidate = udpsim("validate", file.toString(), "--duration", "1s");
                Outcome run = udpsim("run", file.toString(), "--duration", "1s", "--out", out.toString());
                assertEquals(shortValidate.code(), run.code(), what + ": run refuses what validate refuses");
                assertEquals(shortValidate.err().stream().findFirst(), run.err().stream().findFirst(),
                        what + ": and says the same first");
                if (run.code() == 2) {
                    assertOneLocatedLinePerMistake(file, run, what + " (run)");
                    try (Stream<Path> left = Files.list(tmp)) {
                        assertEquals(List.of(file), left.toList(), what + ": nothing written on exit 2");
                    }
                } else {
                    OutputDirectoryHelper.delete(out);
                }
            }
        }
        assertTrue(refused > CASES / 3 && refused < CASES, "the mutations make many mistakes, and not only: "
                + refused + " of " + CASES + " refused");
    }

    /** Deletes a finished run's folder between cases. */
    private static final class OutputDirectoryHelper {
        static void delete(Path out) throws IOException {
            org.udpsim.reports.run.OutputDirectory.deleteTree(out);
        }
    }
}
