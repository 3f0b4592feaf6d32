package org.udpsim.reports.oled;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.udpsim.board.oled.Frame;
import org.udpsim.board.oled.FrameListener;

/**
 * All the OLED outputs of one board, written as its frames are shown: {@code <board>/frame-NNNN.png} (optional),
 * {@code <board>.gif} (optional) and {@code <board>/frames.jsonl}, under one folder (a run's {@code oled/}). Give it
 * to the board's {@code Oled} as its listener, then {@link #finish} it with the run's end time.
 */
public final class OledFilm implements FrameListener, Closeable {
    private final OledPng pngs;
    private final OledGif gif;
    private final FramesJsonl jsonl;

    /**
     * Opens the outputs of {@code board} under {@code oledFolder}.
     *
     * @param writePngs whether to write one PNG per frame
     * @param writeGif whether to write the GIF
     */
    public OledFilm(Path oledFolder, String board, OledLook look, GifTiming timing, boolean writePngs,
            boolean writeGif) throws IOException {
        Path folder = oledFolder.resolve(board);
        this.pngs = writePngs ? new OledPng(folder, look) : null;
        this.jsonl = new FramesJsonl(folder.resolve("frames.jsonl"));
        this.gif = writeGif ? new OledGif(oledFolder.resolve(board + ".gif"), look, timing) : null;
    }

    /** The outputs in the default look and timing, the PNGs and the GIF included if {@code pictures}. */
    public OledFilm(Path oledFolder, String board, boolean pictures) throws IOException {
        this(oledFolder, board, OledLook.DEFAULT, GifTiming.DEFAULT, pictures, pictures);
    }

    /** The outputs in the default look and timing, PNGs included. */
    public OledFilm(Path oledFolder, String board) throws IOException {
        this(oledFolder, board, true);
    }

    @Override
    public void onFrame(Frame frame) {
        if (pngs != null) {
            pngs.onFrame(frame);
        }
        if (gif != null) {
            gif.onFrame(frame);
        }
        jsonl.onFrame(frame);
    }

    /** Ends the GIF's last frame at {@code endNanos} and closes the files. */
    public void finish(long endNanos) throws IOException {
        try {
            if (gif != null) {
                gif.finish(endNanos);
            }
        } finally {
            jsonl.close();
        }
    }

    /** Closes the files; the GIF's last frame gets the timing's {@code lastCs} unless {@link #finish} ran. */
    @Override
    public void close() throws IOException {
        try {
            if (gif != null) {
                gif.close();
            }
        } finally {
            jsonl.close();
        }
    }
}
