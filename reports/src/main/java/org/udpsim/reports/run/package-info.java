/**
 * What a run writes as it runs and how a folder is written with nothing partial left: the output folder
 * ({@link org.udpsim.reports.run.OutputDirectory}), pages and their pictures ({@link
 * org.udpsim.reports.run.PageFiles}), consoles, OLED films, and {@code run.json} ({@link
 * org.udpsim.reports.run.RunInfo}). It may use oled only.
 */
package org.udpsim.reports.run;
