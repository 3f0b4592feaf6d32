/**
 * {@code udpsim report}: the self-contained {@code report.html} of a run ({@link
 * org.udpsim.reports.report.RunReport}) or a sweep, in English or Chinese ({@link org.udpsim.reports.report.Labels}).
 * A folder that cannot be reported on is a {@link org.udpsim.reports.report.ReportException}, one line for the user.
 */
package org.udpsim.reports.report;
