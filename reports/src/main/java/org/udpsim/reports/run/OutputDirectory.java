package org.udpsim.reports.run;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A run's output folder, written where no one sees it until it is complete: files go into a temporary folder next
 * to the target, which {@link #commit()} moves into place (replacing an older run's folder only then). A failed
 * run calls {@link #abandon()}: nothing that looks complete is left, and an older run's folder is untouched.
 *
 * <p>The folder and everything in it get the permissions a plain {@code mkdir} or {@code creat} gives under the
 * process's umask (0755 and 0644 under umask 022), not the private 0700 of {@link Files#createTempDirectory}: the
 * temporary folder is created with {@link Files#createDirectory} at a unique hidden name next to the target.
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
        Path work = createUniqueDirectory(parent, "." + abs.getFileName() + ".writing-");
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
            old = createUniqueDirectory(target.getParent(), "." + target.getFileName() + ".old-");
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

    /**
     * Deletes every temporary folder this process has begun for {@code target} and not moved into place: for a
     * process stopped from outside (Ctrl-C) whose run could not clean up after itself in time.
     */
    public static void abandonUnfinished(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = "." + abs.getFileName() + ".writing-" + ProcessHandle.current().pid() + "-";
        try (var folders = Files.list(parent)) {
            for (Path p : folders.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                deleteTree(p);
            }
        }
    }

    /**
     * Creates a new, empty folder in {@code parent} named {@code prefix} and a unique suffix, with the permissions a
     * plain {@code mkdir} gives under the umask (where {@link Files#createTempDirectory} would make it 0700).
     */
    public static Path createUniqueDirectory(Path parent, String prefix) throws IOException {
        for (int attempt = 0;; attempt++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + uniqueSuffix()));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Creates a new, empty file in {@code parent} named {@code prefix}, a unique part and {@code suffix}, with the
     * permissions a plain {@code creat} gives under the umask (where {@link Files#createTempFile} would make it 0600).
     */
    public static Path createUniqueFile(Path parent, String prefix, String suffix) throws IOException {
        for (int attempt = 0;; attempt++) {
            try {
                return Files.createFile(parent.resolve(prefix + uniqueSuffix() + suffix));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static String uniqueSuffix() {
        return ProcessHandle.current().pid() + "-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes {@code root} and everything in it; nothing if it does not exist. What another thread deletes
     * meanwhile is passed over.
     */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof java.nio.file.NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null && !(exc instanceof java.nio.file.NoSuchFileException)) {
                    throw exc;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
