package org.udpsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.run.LessonRuns;

/** {@code udpsim view}: the page it writes, where, in which language, and the one line that refuses a non-run. */
class ViewCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderThatIsNoRun_oneLine_exit2_nothingWritten() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "not a run");
        ReportCommandTest.Result r = ReportCommandTest.udpsim("view", tmp.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("udpsim: ") && r.err().contains("not a run folder"), r.err());
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(tmp.resolve("notes.txt")), files.toList());
        }
        ReportCommandTest.Result missing = ReportCommandTest.udpsim("view", tmp.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
    }

    @Test
    void theRunsReport_linksItsView_andTheSameRunGivesTheSameBytes() throws IOException {
        Path run = LessonRuns.of(Path.of("lessons", "10.4-udp-lossy-wifi.yaml"));
        assertTrue(Files.readString(run.resolve("report.html")).contains("<a href=\"view.html\">"));
        byte[] written = Files.readAllBytes(run.resolve("view.html"));
        Path out = tmp.resolve("again.html");
        ReportCommandTest.Result r = ReportCommandTest.udpsim("view", run.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + out + "\n", r.out());
        assertArrayEquals(written, Files.readAllBytes(out));
    }

    @Test
    void inChinese_thePageSpeaksChinese_andNeedsNoNetwork() throws IOException {
        Path run = LessonRuns.of(Path.of("lessons", "udp-vs-tcp.yaml"));
        Path out = tmp.resolve("zh.html");
        ReportCommandTest.Result r = ReportCommandTest.udpsim("view", run.toString(), "--out", out.toString(),
                "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"zh\">"));
        assertTrue(page.contains("\"view.play\":\"播放\""));
        for (String remote : List.of("src=\"http", "href=\"http", "src=\"//", "url(http", "@import")) {
            assertTrue(!page.contains(remote), remote);
        }
        assertEquals(2, r.code() == 0 ? countOf(page, "\"name\":\"udp\"") + countOf(page, "\"name\":\"tcp\"") : -1);
    }

    private static int countOf(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
