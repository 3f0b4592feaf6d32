package org.udpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** It replaces System.err for a while, so it holds that lock (test classes run in parallel). */
@ResourceLock(Resources.SYSTEM_ERR)
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "run", "validate", "check", "sweep", "merge", "report", "bench", "bench udp-flood",
            "bench kernel", "bench python"})
    void help_ofEveryCommand_printsUsage_withoutAWarning(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream realErr = System.err;
        ByteArrayOutputStream picocliErr = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(picocliErr, true, StandardCharsets.UTF_8));
            String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");
            code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        } finally {
            System.setErr(realErr);
        }
        assertEquals(0, code);
        assertTrue(out.toString().startsWith("Usage: udpsim"), out.toString());
        assertFalse(picocliErr.toString(StandardCharsets.UTF_8).contains("WARN"), picocliErr.toString());
        assertEquals("", err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bench"})
    void noCommand_printsTheUsageOnStderr_exit2(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = command.isEmpty() ? new String[0] : command.split(" ");
        assertEquals(2, Main.execute(new PrintWriter(out), new PrintWriter(err), args));
        assertEquals("", out.toString());
        assertTrue(err.toString().startsWith("Usage: udpsim" + (command.isEmpty() ? "" : " " + command) + " [-hV]"),
                err.toString());
        assertTrue(err.toString().contains("Commands:"), err.toString());
    }
}
