/**
 * The charts of a run, drawn with JFreeChart and written as SVG (JFreeSVG, text kept as text) and PNG: the ladder
 * diagram, the order of arrival, one-way delay over time and its distribution, messages delivered over time, and
 * drops by reason and place. {@link org.udpsim.reports.charts.ChartStyle} is their projector-friendly look.
 */
package org.udpsim.reports.charts;
