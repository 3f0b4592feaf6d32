/**
 * A run folder read back for a report: {@link org.udpsim.reports.data.RunFolder} checks and reads it into
 * {@link org.udpsim.reports.data.RunData} (what was run, the summary, every packet's trip, the programs' message
 * streams, consoles, OLED frames), and what is derived from it: the messages a receiving program got
 * ({@link org.udpsim.reports.data.Arrivals}), the flows a chart shows ({@link org.udpsim.reports.data.FlowChoice}),
 * why a packet died in words ({@link org.udpsim.reports.data.DropWords}). Reports read files, never a simulation's
 * objects. It may use capture, run, summary and text.
 */
package org.udpsim.reports.data;
