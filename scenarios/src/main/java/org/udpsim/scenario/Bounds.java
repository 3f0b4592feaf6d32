package org.udpsim.scenario;

/**
 * What a classroom tool never needs, refused before anything runs unless the command line lets it past: a run of
 * more than a day simulated ({@code --allow-long}), more than a thousand boards, a scenario file of more than a
 * megabyte or a run whose trace would be more than a gigabyte ({@code --allow-large}). A file over its bound is
 * refused from its size, before it is read; the trace's size is {@link TraceEstimate}'s estimate.
 *
 * @param maxDurationNanos the longest simulated duration
 * @param maxBoards the most boards, groups expanded
 * @param maxFileBytes the largest scenario file
 * @param maxTraceBytes the largest estimated {@code trace.jsonl}
 */
public record Bounds(long maxDurationNanos, int maxBoards, long maxFileBytes, long maxTraceBytes) {
    /** A day simulated, 1000 boards, 1 MB of scenario, 1 GB of trace. */
    public static final Bounds CLASSROOM = new Bounds(24L * 3600 * 1_000_000_000L, 1000, 1L << 20, 1L << 30);

    /** These bounds with the duration unbounded ({@code --allow-long}). */
    public Bounds allowLong() {
        return new Bounds(Long.MAX_VALUE, maxBoards, maxFileBytes, maxTraceBytes);
    }

    /** These bounds with the boards, the file size and the trace's size unbounded ({@code --allow-large}). */
    public Bounds allowLarge() {
        return new Bounds(maxDurationNanos, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
    }
}
