/**
 * Scenario files to validated records: {@link org.udpsim.scenario.ScenarioLoader} reads the YAML (SnakeYAML's node
 * tree, with marks) into a {@link org.udpsim.scenario.Scenario}, and every mistake becomes a
 * {@link org.udpsim.scenario.ScenarioProblem} at its file, line and column, with a did-you-mean for a misspelt key;
 * {@code --set} overrides are applied to the same tree. It may use kernel, packet, net, wifi and impairments of
 * sim-core, and nothing that runs.
 */
package org.udpsim.scenario;
