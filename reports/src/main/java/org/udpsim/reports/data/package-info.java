/**
 * A run folder read back for a report: {@link org.udpsim.reports.data.RunFolder} checks and reads it into
 * {@link org.udpsim.reports.data.RunData} (what was run, the summary, every packet's trip, consoles, OLED frames).
 * Reports read files, never a simulation's objects.
 */
package org.udpsim.reports.data;
