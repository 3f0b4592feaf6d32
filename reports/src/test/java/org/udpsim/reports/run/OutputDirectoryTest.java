package org.udpsim.reports.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** The output folder gets what a plain mkdir and creat give under the process's umask, not a temp folder's 0700. */
class OutputDirectoryTest {
    @TempDir
    Path tmp;
    /** What a plain mkdir and creat give under this process's umask. */
    String plainDir;
    String plainFile;

    @BeforeEach
    void umask() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        plainDir = perms(Files.createDirectory(tmp.resolve("plain")));
        plainFile = perms(Files.createFile(tmp.resolve("plain.txt")));
    }

    private static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private Path writeRun(Path target) throws IOException {
        try (OutputDirectory out = OutputDirectory.create(target)) {
            Files.writeString(out.work().resolve("summary.json"), "{}");
            Files.createDirectories(out.work().resolve("console"));
            Files.writeString(out.work().resolve("console/server.txt"), "");
            out.commit();
        }
        return target;
    }

    @Test
    void commit_folderAndFiles_haveTheUmasksPermissions() throws IOException {
        Path run = writeRun(tmp.resolve("run"));
        assertEquals(plainDir, perms(run));
        assertEquals(plainDir, perms(run.resolve("console")));
        assertEquals(plainFile, perms(run.resolve("summary.json")));
        assertEquals(plainFile, perms(run.resolve("console/server.txt")));
        if (plainDir.equals("rwxr-xr-x")) {
            assertNotEquals("rwx------", perms(run),
                    "under umask 022 the run folder is readable by others, as mkdir makes it");
        }
    }

    @Test
    void commit_overAnEarlierRun_keepsTheUmasksPermissions_andLeavesNoTemporaryFolder() throws IOException {
        Path run = writeRun(tmp.resolve("run"));
        writeRun(run);
        assertEquals(plainDir, perms(run));
        try (Stream<Path> s = Files.list(tmp)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".run.")));
        }
    }

    @Test
    void report_chartsFolder_hasTheUmasksPermissions() throws IOException {
        Path run = Files.createDirectory(tmp.resolve("report"));
        PageFiles.writeInPlace(run, Map.of("a.svg", new byte[] {'<'}), "<html></html>");
        assertEquals(plainDir, perms(run.resolve("charts")));
        assertEquals(plainFile, perms(run.resolve("charts/a.svg")));
        assertEquals(plainFile, perms(run.resolve("report.html")));
    }

    @Test
    void uniqueFile_hasTheUmasksPermissions() throws IOException {
        Path f = OutputDirectory.createUniqueFile(tmp, ".x.", ".tmp");
        assertEquals(plainFile, perms(f));
        assertNotEquals(f, OutputDirectory.createUniqueFile(tmp, ".x.", ".tmp"));
    }
}
