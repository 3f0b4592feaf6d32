/**
 * The charts of a sweep ({@code udpsim sweep}): each figure's mean against the varied value, with its 95 %
 * confidence band, one series per protocol; built on {@link org.udpsim.reports.sweep.SweepPoint}.
 */
package org.udpsim.reports.sweep;
