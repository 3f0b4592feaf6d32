package org.udpsim.reports.oled;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.udpsim.board.oled.DrawnText;
import org.udpsim.board.oled.Frame;
import org.udpsim.board.oled.FrameListener;
import org.udpsim.board.oled.TextLine;
import org.udpsim.kernel.SimTime;
import org.udpsim.trace.JsonLine;

/**
 * Writes {@code frames.jsonl}: one JSON line per frame, as frames are shown. Fields, in this order:
 * {@code index}; {@code time} in seconds with nine decimals; {@code screen}, the visible text lines top to bottom;
 * {@code texts}, each text on the frame in drawing order with {@code call} ({@code DispChar} or {@code text}),
 * {@code text}, {@code x}, {@code y}, {@code visible} and its {@code lines} ({@code x}, {@code y}, {@code visible}
 * of each screen line, more than one when DispChar wrapped). For example:
 * <pre>{"index":1,"time":3.250000000,"screen":["hello message from m"],"texts":[{"call":"DispChar",
 * "text":"hello message from mPython\r\n","x":0,"y":15,"visible":"hello message from m",
 * "lines":[{"x":0,"y":15,"visible":"hello message from m"}]}]}</pre>
 */
public final class FramesJsonl implements FrameListener, Closeable {
    private final Path file;
    private final Writer out;

    /** Creates (or replaces) {@code file}, and its folder if needed. */
    public FramesJsonl(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.file = file;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** The JSON line of one frame, without the line break. */
    public static String line(Frame frame) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"index\":").append(frame.index());
        sb.append(",\"time\":").append(SimTime.format(frame.time()));
        sb.append(",\"screen\":[");
        List<String> screen = frame.textLines();
        for (int i = 0; i < screen.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            JsonLine.quote(sb, screen.get(i));
        }
        sb.append("],\"texts\":[");
        List<DrawnText> texts = frame.texts();
        for (int i = 0; i < texts.size(); i++) {
            DrawnText t = texts.get(i);
            sb.append(i > 0 ? ",{" : "{").append("\"call\":");
            JsonLine.quote(sb, t.source().boardName());
            sb.append(",\"text\":");
            JsonLine.quote(sb, t.text());
            sb.append(",\"x\":").append(t.x()).append(",\"y\":").append(t.y()).append(",\"visible\":");
            JsonLine.quote(sb, t.visible());
            sb.append(",\"lines\":[");
            for (int k = 0; k < t.lines().size(); k++) {
                TextLine l = t.lines().get(k);
                sb.append(k > 0 ? ",{" : "{").append("\"x\":").append(l.x()).append(",\"y\":").append(l.y());
                sb.append(",\"visible\":");
                JsonLine.quote(sb, l.visible());
                sb.append('}');
            }
            sb.append("]}");
        }
        return sb.append("]}").toString();
    }

    /** Appends the frame's line; an I/O failure is thrown as {@link UncheckedIOException}. */
    @Override
    public void onFrame(Frame frame) {
        try {
            out.write(line(frame));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
