/**
 * The report of a sweep ({@code udpsim sweep}): each figure's mean against the varied value, with the 95 % interval
 * of that mean as a band (a percentile bootstrap, so it never leaves the quantity's range), one series per protocol;
 * and a page that says what was varied in words, the seeds, the numbers in tables and the command that reproduces
 * the sweep. Built on {@link org.udpsim.reports.sweep.SweepFolder} and {@link org.udpsim.reports.sweep.SweepPoint}.
 */
package org.udpsim.reports.sweep;
