package org.udpsim.reports.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * A page and its pictures written into a folder with nothing partial left: {@code charts/} and {@code report.html}
 * go to a temporary folder and file first and are moved into place once complete, an older report replaced only
 * then. The run, comparison and sweep reports all write this way.
 */
public final class PageFiles {
    /** The file the page is written to. */
    public static final String PAGE = "report.html";
    /** The folder the charts are written to. */
    public static final String CHARTS = "charts";

    private PageFiles() {
    }

    /**
     * Writes {@code files} into {@code dir/charts/} and {@code page} as {@code dir/report.html}, through a temporary
     * folder and file that are moved into place once everything is written; an older report is replaced only then.
     */
    public static void writeInPlace(Path dir, Map<String, byte[]> files, String page) throws IOException {
        Path tmpCharts = OutputDirectory.createUniqueDirectory(dir, "." + CHARTS + ".writing-");
        Path tmpPage = dir.resolve("." + PAGE + ".writing");
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(tmpCharts.resolve(f.getKey()), f.getValue());
            }
            Files.writeString(tmpPage, page, StandardCharsets.UTF_8);
            replaceFolder(tmpCharts, dir.resolve(CHARTS));
            move(tmpPage, dir.resolve(PAGE));
        } finally {
            OutputDirectory.deleteTree(tmpCharts);
            Files.deleteIfExists(tmpPage);
        }
    }

    /** Moves {@code from} to {@code to}, an older {@code to} deleted only once the new one is in place. */
    static void replaceFolder(Path from, Path to) throws IOException {
        Path old = null;
        if (Files.exists(to)) {
            old = OutputDirectory.createUniqueDirectory(to.getParent(), "." + to.getFileName() + ".old-");
            Files.delete(old);
            move(to, old);
        }
        move(from, to);
        if (old != null) {
            OutputDirectory.deleteTree(old);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
