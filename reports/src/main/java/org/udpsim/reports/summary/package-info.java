/**
 * What a run came to, computed from its trace records as it runs: per flow ({@link
 * org.udpsim.reports.summary.SummaryBuilder}, broadcasts counted as datagrams with their copies apart), per
 * message stream ({@link org.udpsim.reports.summary.StreamStatistics}), written as {@code summary.json} and printed
 * on the terminal. It depends on sim-core only.
 */
package org.udpsim.reports.summary;
