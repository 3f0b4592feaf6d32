/**
 * Sweeps: a grid of values ({@code --vary}, numbers or a number inside a netem text), each point run with the same
 * seeds, on several threads or in shards that {@code udpsim merge} joins into exactly what one machine writes;
 * {@code sweep.csv}, {@code sweep.json} and {@code items.csv} with each figure's mean and its bootstrap interval.
 * It may use scenario, check and the reports module's run folder.
 */
package org.udpsim.sweep;
