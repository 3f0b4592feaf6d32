package org.udpsim.reports.run;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A run's output folder, written where no one sees it until it is complete: files go into a temporary folder next
 * to the target, which {@link #commit()} moves into place (replacing an older run's folder only then). A failed
 * run calls {@link #abandon()}: nothing that looks complete is left, and an older run's folder is untouched.
 */
public final class OutputDirectory implements AutoCloseable {
    private final Path target;
    private final Path work;
    private boolean done;

    private OutputDirectory(Path target, Path work) {
        this.target = target;
        this.work = work;
    }

    /** Starts writing a run whose output will be {@code target}. */
    public static OutputDirectory create(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new IOException(target + " exists and is not a folder");
        }
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path work = Files.createTempDirectory(parent, "." + abs.getFileName() + ".writing-");
        return new OutputDirectory(abs, work);
    }

    /** The temporary folder to write into. */
    public Path work() {
        return work;
    }

    public Path target() {
        return target;
    }

    /** Moves the finished output into place, replacing an earlier run's folder. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        move(work, target);
        done = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Deletes what was written; an earlier run's folder stays as it was. */
    public void abandon() throws IOException {
        if (!done) {
            deleteTree(work);
            done = true;
        }
    }

    @Override
    public void close() throws IOException {
        abandon();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
