package org.udpsim.reports.oled;

/**
 * How the simulated time between frames becomes the delays of an animated GIF, which counts in hundredths of a
 * second (cs).
 *
 * <p>A frame's delay is the simulated time until the next frame, rounded to the nearest cs (half up), then held
 * between {@code minCs} and {@code maxCs}: browsers show delays under 2 cs as 10 cs, so shorter gaps are stretched
 * to 2 cs; long waits (a board idle for a minute) are cut to {@code maxCs} so the film stays watchable. The last
 * frame is shown until the run's end when the writer is told it, else for {@code lastCs}.
 *
 * @param minCs  shortest delay, at least 2
 * @param maxCs  longest delay, at most 65535 (the GIF field's limit)
 * @param lastCs the last frame's delay when the run's end is not known
 */
public record GifTiming(int minCs, int maxCs, int lastCs) {
    /** 2 cs to 5 s; the last frame 2 s. */
    public static final GifTiming DEFAULT = new GifTiming(2, 500, 200);

    private static final long NANOS_PER_CS = 10_000_000L;

    public GifTiming {
        if (minCs < 2 || maxCs < minCs || maxCs > 65_535) {
            throw new IllegalArgumentException("GIF delays need 2 <= minCs <= maxCs <= 65535, were " + minCs
                    + " and " + maxCs);
        }
        if (lastCs < minCs || lastCs > maxCs) {
            throw new IllegalArgumentException("the last frame's delay must lie between minCs and maxCs");
        }
    }

    /** The delay in cs for a gap of {@code nanos} of simulated time. */
    public int delayCs(long nanos) {
        long cs = nanos <= 0 ? 0 : nanos / NANOS_PER_CS + (nanos % NANOS_PER_CS >= NANOS_PER_CS / 2 ? 1 : 0);
        return (int) Math.max(minCs, Math.min(maxCs, cs));
    }
}
