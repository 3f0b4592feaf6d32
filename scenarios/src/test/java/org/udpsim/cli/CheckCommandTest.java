package org.udpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int udpsim(String... args) {
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** A copy of the lesson's scenario text in the temporary folder, with the .py programs it runs beside it. */
    private String lessonCopy(String lesson) throws IOException {
        for (String py : new String[] {"udp_server.py", "udp_client.py"}) {
            Files.copy(Path.of("lessons", py), tmp.resolve(py));
        }
        return Files.readString(Path.of("lessons", lesson));
    }

    @Test
    void check_passingLesson_printsEachPointAndTheClosingLine_exit0() throws IOException {
        Path xml = tmp.resolve("report/points.xml");
        assertEquals(0, udpsim("check", "lessons/10.4-udp.yaml", "--junit-xml", xml.toString()));
        String[] lines = out.toString().trim().split("\\R");
        assertEquals("6 passed, 0 failed", lines[lines.length - 1]);
        assertTrue(lines[1].startsWith("  PASS  UDP needs no handshake"), lines[1]);
        String report = Files.readString(xml);
        assertTrue(report.contains("<testsuites name=\"udpsim teaching points\" tests=\"6\" failures=\"0\">"), report);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Path plain = Files.createFile(tmp.resolve("plain.txt"));
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(xml),
                    "the report has the permissions a plain creat gives under the umask, not a temp file's 0600");
        }
    }

    @Test
    void check_falsePoint_fails_exit1_andTheXmlSaysWhy() throws IOException {
        Path f = tmp.resolve("false.yaml");
        Files.writeString(f, lessonCopy("10.4-udp.yaml")
                + "  - name: \"a deliberately false point\"\n    that: \"flow('udp').lost > 0\"\n");
        Path xml = tmp.resolve("points.xml");
        assertEquals(1, udpsim("check", f.toString(), "--junit-xml", xml.toString()));
        assertTrue(out.toString().contains("  FAIL  a deliberately false point  (measured flow('udp').lost = 0; "
                + "expected flow('udp').lost > 0)"), out.toString());
        assertTrue(out.toString().trim().endsWith("6 passed, 1 failed"), out.toString());
        assertTrue(Files.readString(xml).contains("<failure message=\"measured flow('udp').lost = 0; expected "
                + "flow('udp').lost &gt; 0\"/>"));
    }

    @Test
    void check_unknownFigure_isAUserMistake_exit2_beforeRunning() throws IOException {
        Path f = tmp.resolve("typo.yaml");
        Files.writeString(f, lessonCopy("10.4-udp.yaml")
                + "  - name: typo\n    that: \"flow('udp').lots > 0\"\n");
        assertEquals(2, udpsim("check", f.toString()));
        assertTrue(err.toString().contains("unknown figure 'lots' of flow('udp')"), err.toString());
        assertEquals("", out.toString());
    }
}
