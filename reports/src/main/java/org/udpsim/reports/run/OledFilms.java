package org.udpsim.reports.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.udpsim.reports.oled.OledFilm;
import org.udpsim.trace.OledFrameShown;
import org.udpsim.trace.TraceListener;
import org.udpsim.trace.TraceRecord;

/**
 * Writes every board's OLED frames as they are shown: {@code <dir>/<board>/frames.jsonl} and, unless told not to,
 * the pictures {@code <dir>/<board>/frame-NNNN.png} and the animated {@code <dir>/<board>.gif}.
 */
public final class OledFilms implements TraceListener, AutoCloseable {
    private final Path dir;
    private final boolean pictures;
    private final Map<String, OledFilm> films = new TreeMap<>();

    /** Every output, the pictures included. */
    public OledFilms(Path dir) {
        this(dir, true);
    }

    /** @param pictures whether to write the PNGs and the GIF besides {@code frames.jsonl} */
    public OledFilms(Path dir, boolean pictures) {
        this.dir = dir;
        this.pictures = pictures;
    }

    @Override
    public void onRecord(TraceRecord record) {
        if (record instanceof OledFrameShown shown) {
            film(shown.board()).onFrame(shown.frame());
        }
    }

    /** Ends every film at the simulated time the run ended, so the last frame lasts until then. */
    public void finish(long endNanos) throws IOException {
        for (OledFilm f : films.values()) {
            f.finish(endNanos);
        }
    }

    private OledFilm film(String board) {
        return films.computeIfAbsent(board, b -> {
            try {
                return new OledFilm(dir, b, pictures);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the OLED frames of " + b + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        for (OledFilm f : films.values()) {
            f.close();
        }
    }
}
