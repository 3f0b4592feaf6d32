package org.udpsim.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What one board printed and showed in a run: {@code board('server')}. Text figures are strings; {@code printed}
 * and {@code shows} look for a piece of text in any printed line or on any OLED frame.
 */
public final class BoardFacts extends Figures {
    private final List<String> lines = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private List<String> lastFrame = List.of();
    private long frames;
    private String error = "";
    private String ip = "0.0.0.0";

    BoardFacts(String name) {
        super("board('" + name + "')");
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

    void line(String text) {
        lines.add(text);
    }

    void frame(List<String> textLines) {
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
