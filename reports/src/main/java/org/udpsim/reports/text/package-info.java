/**
 * The words every page and chart shares, below all the others: {@link org.udpsim.reports.text.Labels} in English
 * and Chinese ({@link org.udpsim.reports.text.Lang}), escaping ({@link org.udpsim.reports.text.Html}), the pages'
 * style sheet, what a report is asked to show ({@link org.udpsim.reports.text.ReportOptions}), and the one-line
 * mistake a report meets ({@link org.udpsim.reports.text.ReportException}). It depends on nothing of udpsim.
 */
package org.udpsim.reports.text;
