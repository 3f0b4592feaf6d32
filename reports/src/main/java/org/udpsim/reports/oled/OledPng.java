package org.udpsim.reports.oled;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.udpsim.board.oled.Frame;
import org.udpsim.board.oled.FrameListener;

/**
 * Writes frames as PNG pictures: one file for one frame, or, as a {@link FrameListener}, a numbered file for each
 * frame shown ({@code frame-000.png}, {@code frame-001.png}, … at least three digits, the frame's index).
 * Works headless.
 */
public final class OledPng implements FrameListener {
    private final Path folder;
    private final FrameImage image;

    /** A listener writing each frame into {@code folder}, which it creates if needed. */
    public OledPng(Path folder, OledLook look) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.image = new FrameImage(look);
    }

    /** Writes {@code frame} to {@code file} in the default look: white on black, 512 × 256. */
    public static void write(Frame frame, Path file) throws IOException {
        write(frame, file, OledLook.DEFAULT);
    }

    /** Writes {@code frame} to {@code file} in {@code look}. */
    public static void write(Frame frame, Path file, OledLook look) throws IOException {
        write(new FrameImage(look), frame, file);
    }

    /** The file name of a frame in a folder: {@code frame-NNN.png}. */
    public static String fileName(Frame frame) {
        return String.format(Locale.ROOT, "frame-%03d.png", frame.index());
    }

    /** Writes the frame into the folder; an I/O failure is thrown as {@link UncheckedIOException}. */
    @Override
    public void onFrame(Frame frame) {
        try {
            write(image, frame, folder.resolve(fileName(frame)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + fileName(frame) + " in " + folder, e);
        }
    }

    private static void write(FrameImage image, Frame frame, Path file) throws IOException {
        if (!ImageIO.write(image.draw(frame), "png", file.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }
}
