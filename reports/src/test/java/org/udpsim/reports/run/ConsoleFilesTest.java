package org.udpsim.reports.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.trace.ConsoleLine;

class ConsoleFilesTest {
    @TempDir
    Path tmp;

    @Test
    void stamp_isMillisecondsWithThreeDecimals_fixedWidth() {
        assertEquals("[   12345.679 ms] ", ConsoleFiles.stamp(12_345_678_901L), "rounded to the microsecond");
        assertEquals("[       0.000 ms] ", ConsoleFiles.stamp(0));
        assertEquals("[       0.001 ms] ", ConsoleFiles.stamp(500));
        assertEquals("[     999.999 ms] ", ConsoleFiles.stamp(999_999_000L));
        assertEquals("[    1000.000 ms] ", ConsoleFiles.stamp(999_999_500L));
        assertEquals("[99999999.999 ms] ", ConsoleFiles.stamp(99_999_999_999_000L), "more than a day, same width");
    }

    @Test
    void file_hasEachLineAfterItsStamp_andTextTakesItOff() throws IOException {
        try (ConsoleFiles consoles = new ConsoleFiles(tmp)) {
            consoles.open("quiet");
            consoles.onRecord(new ConsoleLine(1_200_000_000L, "server", "received: b'hi'"));
            consoles.onRecord(new ConsoleLine(125_000_000_000L, "server", "[1] a line that starts with brackets",
                    124_999_999_999L));
        }
        List<String> lines = Files.readAllLines(tmp.resolve("server.txt"), StandardCharsets.UTF_8);
        assertEquals(List.of("[    1200.000 ms] received: b'hi'",
                "[  125000.000 ms] [1] a line that starts with brackets"), lines);
        assertEquals(List.of("received: b'hi'", "[1] a line that starts with brackets"),
                lines.stream().map(ConsoleFiles::text).toList());
        assertEquals("", Files.readString(tmp.resolve("quiet.txt")));
    }
}
