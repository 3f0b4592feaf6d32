package org.udpsim.serve;

import java.util.List;

/**
 * A change the scenario refuses: the lines {@code udpsim run FILE ...} prints for the same arguments (usually one,
 * {@code --set PATH=VALUE: what is wrong}). The previous run stays shown.
 */
public final class Refused extends Exception {
    private final List<String> lines;

    /** @param lines at least one line */
    public Refused(List<String> lines) {
        super(String.join("\n", lines), null, false, false);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a line");
        }
        this.lines = List.copyOf(lines);
    }

    /** What the command line prints, one line each. */
    public List<String> lines() {
        return lines;
    }
}
