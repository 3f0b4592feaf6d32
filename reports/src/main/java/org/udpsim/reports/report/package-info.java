/**
 * {@code udpsim report}: the self-contained {@code report.html} of a run ({@link
 * org.udpsim.reports.report.RunReport}), a comparison ({@link org.udpsim.reports.report.ComparisonReport}) or a
 * sweep, chosen by {@link org.udpsim.reports.report.Reports}: the network picture, the impairments in words and
 * where they apply, the teaching points, the summary, the charts and the OLED films. It sits on top: it may use
 * charts, data, sweep, run and text; none of them uses it.
 */
package org.udpsim.reports.report;
