package org.udpsim.scenario;

/**
 * What a classroom tool never needs, refused before anything runs unless the command line lets it past: a run of
 * more than a day simulated ({@code --allow-long}), more than a thousand boards or a scenario file of more than a
 * megabyte ({@code --allow-large}). A file over its bound is refused from its size, before it is read.
 *
 * @param maxDurationNanos the longest simulated duration
 * @param maxBoards the most boards, groups expanded
 * @param maxFileBytes the largest scenario file
 */
public record Bounds(long maxDurationNanos, int maxBoards, long maxFileBytes) {
    /** A day simulated, 1000 boards, 1 MB of scenario. */
    public static final Bounds CLASSROOM = new Bounds(24L * 3600 * 1_000_000_000L, 1000, 1L << 20);

    /** These bounds with the duration unbounded ({@code --allow-long}). */
    public Bounds allowLong() {
        return new Bounds(Long.MAX_VALUE, maxBoards, maxFileBytes);
    }

    /** These bounds with the boards and file size unbounded ({@code --allow-large}). */
    public Bounds allowLarge() {
        return new Bounds(maxDurationNanos, Integer.MAX_VALUE, Long.MAX_VALUE);
    }
}
