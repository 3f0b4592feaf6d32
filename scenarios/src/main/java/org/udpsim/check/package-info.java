/**
 * Teaching points: {@code expect:} conditions and measures, evaluated with JEXL over what a run showed
 * ({@link org.udpsim.check.RunFacts}: {@code flow(...)}, {@code messages(...)}, {@code board(...)},
 * {@code drops(...)}), over replications with a confidence interval where asked; {@code udpsim check} and the
 * {@code expectations.json} a run writes ({@link org.udpsim.check.RunOutcomes}). It may use scenario, run, the
 * reports module's summaries and sim-core's records.
 */
package org.udpsim.check;
