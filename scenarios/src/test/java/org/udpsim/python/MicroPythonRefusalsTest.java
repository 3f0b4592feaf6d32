package org.udpsim.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the board's MicroPython 1.12 refuses is refused: each construct a program of the {@link Corpus} under
 * {@code refused/} (with the console it must print), all run once, side by side, in one classroom; and a board with
 * {@code python: full} ({@link PythonProgram#fullPython()}) runs them as GraalPy does.
 */
class MicroPythonRefusalsTest {
    private static final String[] PROGRAMS = {"fstring.py", "match.py", "positional_only.py", "except_star.py",
        "decorator.py", "str_methods.py", "accepted.py"};
    private static final Map<String, List<String>> CONSOLES = new TreeMap<>();
    private static final Map<String, String> ENDINGS = new TreeMap<>();
    private static final Map<String, String> TEXTS = new TreeMap<>();

    @BeforeAll
    static void runAll() {
        try (Classroom room = new Classroom()) {
            for (String name : PROGRAMS) {
                TEXTS.put(name, Corpus.read("refused/" + name));
                room.python(name.replace(".py", ""), 0, name, TEXTS.get(name));
            }
            room.board("full", 0, "fstring.py", PythonRuntime.shared().program("fstring.py", TEXTS.get("fstring.py"))
                    .fullPython());
            room.board("full-str", 0, "str_methods.py",
                    PythonRuntime.shared().program("str_methods.py", TEXTS.get("str_methods.py")).fullPython());
            room.runFor(2);
            for (String board : List.of("fstring", "match", "positional_only", "except_star", "decorator",
                    "str_methods", "accepted", "full", "full-str")) {
                CONSOLES.put(board, room.console(board));
                ENDINGS.put(board, room.ending(board));
            }
        }
    }

    @AfterAll
    static void forget() {
        CONSOLES.clear();
    }

    private static void assertConsole(String program, String ending) {
        String board = program.replace(".py", "");
        assertEquals(Corpus.expected(program, TEXTS.get(program)), CONSOLES.get(board), program);
        assertEquals(ending, ENDINGS.get(board), program);
    }

    @Test
    void fString_isASyntaxErrorAtItsLine_beforeTheProgramRuns_withTheHint() {
        assertConsole("fstring.py", "SyntaxError: invalid syntax");
    }

    @Test
    void matchStatement_isASyntaxErrorAtItsLine() {
        assertConsole("match.py", "SyntaxError: invalid syntax");
    }

    @Test
    void positionalOnlyParameters_areASyntaxErrorAtTheSlashsLine() {
        assertConsole("positional_only.py", "SyntaxError: invalid syntax");
    }

    @Test
    void exceptStar_isASyntaxErrorAtItsLine() {
        assertConsole("except_star.py", "SyntaxError: invalid syntax");
    }

    @Test
    void decoratorThatIsNoDottedNameNorItsCall_isASyntaxError_aDottedOneIsNot() {
        assertConsole("decorator.py", "SyntaxError: invalid syntax");
    }

    @Test
    void strMethodsTheBoardLacks_raiseTheBoardsAttributeError_theOthersWork() {
        assertConsole("str_methods.py", "AttributeError: 'str' object has no attribute 'title'");
    }

    @Test
    void whatTheBoardHas_walrusAnnotationsAsyncNonlocalKeywordOnly_runs() {
        assertConsole("accepted.py", null);
    }

    @Test
    void pythonFull_runsTheFString_andTheStrMethods() {
        assertEquals(List.of("never printed: the board refuses the file", "x is 3", "x is 3"), CONSOLES.get("full"));
        assertEquals(null, ENDINGS.get("full"));
        List<String> console = CONSOLES.get("full-str");
        assertEquals(List.of("ljust True", "HELLO ***Hello*** ('He', 'l', 'lo') True", "Hello"), console);
        assertEquals(null, ENDINGS.get("full-str"));
    }

    @Test
    void shippedLessonPrograms_areAllAccepted() throws IOException {
        List<String> refused = new ArrayList<>();
        PythonRuntime runtime = PythonRuntime.shared();
        PythonRuntime.Fresh fresh = runtime.context();
        try (Stream<Path> files = Files.list(Classroom.LESSONS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                String name = file.getFileName().toString();
                Source source = Source.newBuilder("python", Classroom.read(name), name).buildLiteral();
                Optional<PythonRuntime.Refusal> r = runtime.refusal(source, fresh.helpers());
                r.ifPresent(x -> refused.add(name + ":" + x.line() + " " + x.hint()));
            }
        } finally {
            runtime.retire(fresh.context());
        }
        assertEquals(List.of(), refused);
    }
}
