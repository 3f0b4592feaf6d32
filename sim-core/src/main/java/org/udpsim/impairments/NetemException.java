package org.udpsim.impairments;

/**
 * A netem setting that cannot work: an unknown option, a missing or malformed value, a value out of its range, or
 * options that contradict each other (such as {@code reorder} without {@code delay}).
 *
 * <p>The message names the option, says what is allowed and shows the value given, so a teacher can fix the line
 * without reading code. {@link #option()} gives the option alone, for tools that point at it.
 */
public final class NetemException extends IllegalArgumentException {
    private final String option;

    /**
     * @param option the netem option at fault, as written in netem syntax (e.g. {@code loss gemodel r})
     * @param message the whole explanation; it should start with or contain the option
     */
    public NetemException(String option, String message) {
        super(message);
        this.option = option;
    }

    /** The netem option at fault, e.g. {@code delay}, {@code reorder} or {@code loss state p13}. */
    public String option() {
        return option;
    }
}
