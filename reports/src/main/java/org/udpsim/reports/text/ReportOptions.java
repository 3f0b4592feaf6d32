package org.udpsim.reports.text;

import java.util.Objects;

/**
 * What a report should show.
 *
 * @param lang the labels' language
 * @param flow which flow the per-flow charts show (see {@link org.udpsim.reports.data.FlowChoice}), or null for
 *     the busiest flow of each protocol
 */
public record ReportOptions(Lang lang, String flow) {
    public ReportOptions {
        Objects.requireNonNull(lang, "lang");
    }

    /** English, the busiest flows. */
    public static final ReportOptions DEFAULT = new ReportOptions(Lang.EN, null);
}
