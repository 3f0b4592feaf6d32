package org.udpsim.check;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.udpsim.reports.run.OutputDirectory;

/**
 * Teaching-point results as a JUnit XML report, the format CI systems (Jenkins, GitLab, GitHub) read: a test suite
 * per scenario, a test case per teaching point, a failure with the measured value and the bound.
 */
public final class JUnitXml {
    private JUnitXml() {
    }

    /** Writes the report to {@code file}, through a temporary file moved into place. */
    public static void write(Map<Path, List<Outcome>> results, Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = OutputDirectory.createUniqueFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            int tests = 0;
            int failures = 0;
            for (List<Outcome> l : results.values()) {
                tests += l.size();
                failures += (int) l.stream().filter(o -> !o.passed()).count();
            }
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.write("<testsuites name=\"udpsim teaching points\" tests=\"" + tests + "\" failures=\"" + failures
                    + "\">\n");
            for (Map.Entry<Path, List<Outcome>> e : results.entrySet()) {
                List<Outcome> l = e.getValue();
                long failed = l.stream().filter(o -> !o.passed()).count();
                w.write("  <testsuite name=\"" + esc(e.getKey().toString()) + "\" tests=\"" + l.size()
                        + "\" failures=\"" + failed + "\">\n");
                for (Outcome o : l) {
                    w.write("    <testcase classname=\"" + esc(e.getKey().toString()) + "\" name=\""
                            + esc(o.expectation().name()) + "\">");
                    if (!o.passed()) {
                        w.write("<failure message=\"" + esc("measured " + o.measured() + "; expected " + o.bound())
                                + "\"/>");
                    }
                    w.write("</testcase>\n");
                }
                w.write("  </testsuite>\n");
            }
            w.write("</testsuites>\n");
        }
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
