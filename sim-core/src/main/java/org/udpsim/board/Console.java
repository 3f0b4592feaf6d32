package org.udpsim.board;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.udpsim.trace.ConsoleLine;
import org.udpsim.trace.Trace;

/**
 * A board's serial console: what its program prints, cut into lines, each traced when it is complete, with the
 * simulated time of its first character. It keeps only the last few lines, for summaries; the trace has them all.
 */
public final class Console {
    /** How many of the latest lines a console keeps for its summary. */
    public static final int KEPT_LINES = 20;

    private final String board;
    private final LongSupplier clock;
    private final Trace trace;
    private final StringBuilder partial = new StringBuilder();
    private final ArrayDeque<String> last = new ArrayDeque<>();
    private long partialSince = -1;
    private long lines;

    public Console(String board, LongSupplier clock, Trace trace) {
        this.board = board;
        this.clock = clock;
        this.trace = trace;
    }

    /** Python's {@code print(*args)}: the values' {@code str()} joined by spaces, then a newline. */
    public void print(Object... args) {
        print(args, " ", "\n");
    }

    /** Python's {@code print(*args, sep=sep, end=end)}. */
    public void print(Object[] args, String sep, String end) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Py.str(args[i]));
        }
        write(sb.append(end).toString());
    }

    /** Writes raw text; every {@code \n} completes a line. */
    public void write(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (partialSince < 0) {
                partialSince = clock.getAsLong();
            }
            if (c == '\n') {
                completeLine();
            } else {
                partial.append(c);
            }
        }
    }

    /** Ends a line left open by {@code print(..., end="")} (at the end of a run). */
    public void flush() {
        if (partialSince >= 0) {
            completeLine();
        }
    }

    /** Lines printed so far. */
    public long lineCount() {
        return lines;
    }

    /** The latest lines, oldest first (at most {@link #KEPT_LINES}). */
    public List<String> lastLines() {
        return new ArrayList<>(last);
    }

    private void completeLine() {
        String line = partial.toString();
        partial.setLength(0);
        long at = partialSince;
        partialSince = -1;
        lines++;
        last.addLast(line);
        if (last.size() > KEPT_LINES) {
            last.removeFirst();
        }
        if (trace.isOn()) {
            trace.emit(new ConsoleLine(clock.getAsLong(), board, line, at));
        }
    }
}
