package org.udpsim.check;

import java.util.ArrayList;
import java.util.List;
import org.udpsim.kernel.SimTime;

/**
 * What one board printed and showed in a run: {@code board('server')}. Text figures are strings; {@code printed}
 * and {@code shows} look for a piece of text in any printed line or on any OLED frame, {@code printed_by(text, s)}
 * in the lines printed by {@code s} seconds and {@code shows_at(text, s)} on the frame shown at {@code s} seconds.
 */
public final class BoardFacts extends Figures {
    private final List<String> lines = new ArrayList<>();
    private final List<Long> lineTimes = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private final List<Long> frameTimes = new ArrayList<>();
    private final List<List<String>> frameTexts = new ArrayList<>();
    private List<String> lastFrame = List.of();
    private long frames;
    private String error = "";
    private String ip = "0.0.0.0";

    BoardFacts(String name) {
        super("board('" + name + "')",
                "printed('text'), shows('text'), printed_by('text', seconds), shows_at('text', seconds)");
        figure("printed_lines", () -> (long) lines.size());
        figure("oled_frames", () -> frames);
        figure("oled_text", () -> String.join(" | ", lastFrame));
        figure("last_line", () -> lines.isEmpty() ? "" : lines.get(lines.size() - 1));
        figure("error", () -> error);
        figure("ip", () -> ip);
    }

    /** How many printed lines contain {@code text}. */
    public long printed(String text) {
        return lines.stream().filter(l -> l.contains(text)).count();
    }

    /** True if some OLED frame showed a line containing {@code text}. */
    public boolean shows(String text) {
        return shown.stream().anyMatch(l -> l.contains(text));
    }

    /** How many lines containing {@code text} were printed by {@code seconds} into the run. */
    public long printed_by(String text, double seconds) {
        long end = SimTime.seconds(seconds);
        long n = 0;
        for (int i = 0; i < lines.size() && lineTimes.get(i) <= end; i++) {
            n += lines.get(i).contains(text) ? 1 : 0;
        }
        return n;
    }

    /** True if the OLED showed a line containing {@code text} at {@code seconds} into the run (the frame then). */
    public boolean shows_at(String text, double seconds) {
        long at = SimTime.seconds(seconds);
        List<String> current = List.of();
        for (int i = 0; i < frameTimes.size() && frameTimes.get(i) <= at; i++) {
            current = frameTexts.get(i);
        }
        return current.stream().anyMatch(l -> l.contains(text));
    }

    void line(String text, long time) {
        lines.add(text);
        lineTimes.add(time);
    }

    void frame(List<String> textLines, long time) {
        frameTimes.add(time);
        frameTexts.add(textLines);
        frames++;
        lastFrame = textLines;
        for (String l : textLines) {
            if (!shown.contains(l)) {
                shown.add(l);
            }
        }
    }

    void ended(String error) {
        this.error = error == null ? "" : error;
    }

    void ip(String ip) {
        this.ip = ip;
    }
}
