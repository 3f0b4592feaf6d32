package org.udpsim.scenario;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where something was written: a file with a line and column (both counted from 1), or a command-line option such as
 * {@code --set boards.client.start=2s}, which has no line (line and column 0).
 *
 * @param source the file as the user named it, or the command-line option
 * @param line the line, from 1; 0 when the source is not a file
 * @param column the column, from 1; 0 when the source is not a file
 */
public record SourcePosition(String source, int line, int column) {
    /** Command-line options first (they have no line), then by line and column. */
    public static final Comparator<SourcePosition> ORDER = Comparator.comparing(SourcePosition::hasLine)
            .thenComparingInt(SourcePosition::line).thenComparingInt(SourcePosition::column);

    public SourcePosition {
        Objects.requireNonNull(source, "source");
        if (line < 0 || column < 0 || (line == 0) != (column == 0)) {
            throw new IllegalArgumentException("line and column must both be 0 or both at least 1, were " + line
                    + ":" + column);
        }
    }

    /** A source without lines, such as a command-line option. */
    public static SourcePosition of(String source) {
        return new SourcePosition(source, 0, 0);
    }

    /** True if this points into a file. */
    public boolean hasLine() {
        return line > 0;
    }

    /** {@code FILE:LINE:COL}, or the source alone when it has no line. */
    @Override
    public String toString() {
        return hasLine() ? source + ":" + line + ":" + column : source;
    }
}
