package org.udpsim.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.cli.Main;
import org.udpsim.reports.run.ConsoleFiles;
import org.udpsim.run.LessonRuns;
import org.udpsim.run.ScenarioRun;
import org.udpsim.scenario.Overrides;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioException;
import org.udpsim.scenario.ScenarioLoader;
import org.udpsim.scenario.ScenarioProblem;

/** Scenario files that name .py programs: what is refused at load time, and what a run shows. */
class PythonScenarioTest {
    private static final String SCENARIO = "name: py\nduration: 6s\nnetwork:\n  routers: {gateway: {}}\n"
            + "  access_points:\n    classroom: {ssid: ssid, password: password, uplink: gateway}\n"
            + "boards:\n  server: {program: PROGRAM, ip: 192.168.0.3}\n";

    @TempDir
    Path dir;

    private Path scenario(String program, String extra) throws IOException {
        Path f = dir.resolve("lesson.yaml");
        Files.writeString(f, SCENARIO.replace("PROGRAM", program) + extra);
        return f;
    }

    /** A console file's lines without their time stamps. */
    private static List<String> console(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(ConsoleFiles::text).toList();
    }

    private List<String> problems(Path file) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        return e.problems().stream().map(ScenarioProblem::toString).toList();
    }

    @Test
    void programFileNotUtf8_isRefusedAtItsProgramLine_withTheBadBytesPlace() throws IOException {
        Files.write(dir.resolve("latin1.py"), "print('ok')\nprint('caf\u00e9')\n".getBytes(StandardCharsets.ISO_8859_1));
        Path f = scenario("latin1.py", "");
        assertEquals(List.of(f + ":8:21: program file 'latin1.py' is not UTF-8 text: line 2, column 11 is the byte \\xE9;"
                + " MicroPython reads programs as UTF-8, so save it as UTF-8"), problems(f));
    }

    @Test
    void programFileMissing_orAFolder_isRefused() throws IOException {
        Files.createDirectory(dir.resolve("folder.py"));
        assertEquals(List.of(dir.resolve("lesson.yaml") + ":8:21: program file 'nowhere.py' not found (looked for "
                + dir.resolve("nowhere.py") + ")"), problems(scenario("nowhere.py", "")));
        assertEquals(List.of(dir.resolve("lesson.yaml") + ":8:21: program file 'folder.py' is not a file ("
                + dir.resolve("folder.py") + ")"), problems(scenario("folder.py", "")));
    }

    @Test
    void pythonProgram_takesNoArgs_andRunsOnlyOnABoard() throws IOException {
        Files.writeString(dir.resolve("p.py"), "print('hi')\n");
        Path f = dir.resolve("lesson.yaml");
        Files.writeString(f, SCENARIO.replace("PROGRAM", "p.py, args: {port: 6000}")
                + "pcs:\n  laptop: {program: p.py, ap: classroom}\n");
        assertEquals(List.of(f + ":8:27: a .py program takes no args: its values (server address, port, interval)"
                + " are in its source; edit a copy of the file instead",
                f + ":10:21: program 'p.py' is a MicroPython program and runs on a board, not on PC 'laptop'"),
                problems(f));
    }

    @Test
    void cli_badProgramFile_isAUserMistake_exit2() throws IOException {
        Path f = scenario("nowhere.py", "");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, Main.execute(new PrintWriter(out), new PrintWriter(err), "run", f.toString(), "--out",
                dir.resolve("out").toString()));
        assertTrue(err.toString().startsWith(f + ":8:21: program file 'nowhere.py' not found"), err.toString());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void programError_isInItsConsoleFile_andFlaggedInTheSummary() throws IOException {
        Files.writeString(dir.resolve("typo.py"), "from mpython import *\nprint('start')\nsleep(1)\nprnt('x')\n");
        Path out = dir.resolve("out");
        ScenarioRun.run(ScenarioLoader.load(scenario("typo.py", "  other: {program: java:udp-client}\n")), out);
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("NameError: name 'prnt' isn't defined", summary.get("boards").get("server").get("error").asText());
        assertEquals("typo.py", summary.get("boards").get("server").get("program").asText());
        assertFalse(summary.get("boards").get("other").has("error"), "the other board goes on");
        assertEquals(List.of("start", "Traceback (most recent call last):", "  File \"typo.py\", line 4, in <module>",
                "NameError: name 'prnt' isn't defined"), console(out.resolve("console/server.txt")));
    }

    @Test
    void fString_isRefusedAsTheBoardRefusesIt_butRunsOnABoardWithPythonFull_viaTheCli() throws IOException {
        Files.writeString(dir.resolve("fstr.py"), "n = 3\nprint(f'n is {n}')\n");
        Path f = scenario("fstr.py", "  teacher: {program: fstr.py, python: full}\n");
        Path out = dir.resolve("out");
        assertEquals(0, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "run",
                f.toString(), "--out", out.toString()));
        assertEquals(List.of("Traceback (most recent call last):", "  File \"fstr.py\", line 2",
                "SyntaxError: invalid syntax",
                "udpsim: f-strings arrived in MicroPython 1.17; the board has 1.12: use '%s' % x"),
                console(out.resolve("console/server.txt")));
        assertEquals(List.of("n is 3"), console(out.resolve("console/teacher.txt")));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("SyntaxError: invalid syntax", summary.get("boards").get("server").get("error").asText());
    }

    @Test
    void pythonKey_takesMicropythonOrFull_andOnlyForAPyProgram() throws IOException {
        Files.writeString(dir.resolve("p.py"), "print('hi')\n");
        Path f = scenario("p.py, python: fast", "  other: {program: java:udp-client, python: full}\n");
        assertEquals(List.of(f + ":8:35: expected micropython (the board's MicroPython 1.12, the default) or full"
                + " (all of Python 3.11, for a teacher who wants it), got 'fast'",
                f + ":9:45: python: is for a board whose program is a .py file; board 'other' runs java:udp-client"),
                problems(f));
    }

    @Test
    void javaPortsStaySelectable_besideThePythonFiles() {
        Scenario s = ScenarioLoader.parse(SCENARIO.replace("PROGRAM", "java:udp-server")
                + "  client: {program: ../lessons/udp_client.py}\n", Path.of("lessons/x.yaml"), Overrides.NONE);
        assertEquals("java:udp-server", s.boards().get(0).programName());
        assertEquals("udp_client.py", s.boards().get(1).programName());
    }

    @Test
    void classroomOf40PythonBoards_runs_andTheServerHearsEveryPupil() throws IOException {
        Path out = LessonRuns.of(Classroom.LESSONS.resolve("udp-classroom-python.yaml"));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(40, summary.get("boards").size());
        summary.get("boards").fields().forEachRemaining(b -> assertFalse(b.getValue().has("error"), b.getKey()));
        List<String> server = console(out.resolve("console/server.txt"));
        long pupilsHeard = server.stream().filter(l -> l.startsWith("received: b'hello message from mPython\\r\\n'"))
                .map(l -> l.substring(l.indexOf("('"))).map(a -> a.substring(0, a.indexOf(','))).distinct().count();
        assertEquals(39, pupilsHeard);
    }
}
