/**
 * One run of a scenario: {@link org.udpsim.run.ScenarioWorld} wires the records into sim-core's network, boards and
 * programs (Java ports, built-in apps, the Python files), and {@link org.udpsim.run.ScenarioRun} runs it, hands
 * every record to the writers of the output folder, and writes the summary, {@code run.json} and, when asked, the
 * report; a comparison runs once per protocol. It may use scenario, python, sim-core and the reports module.
 */
package org.udpsim.run;
