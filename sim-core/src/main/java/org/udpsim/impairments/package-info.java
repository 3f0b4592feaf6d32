/**
 * Impairments of a hop direction as Linux netem applies them (tc-netem(8), net/sched/sch_netem.c): delay with
 * jitter, loss, duplication, corruption, reordering, rate and a queue limit, configured in netem's own syntax.
 *
 * <p>{@link org.udpsim.impairments.NetemParser} reads the options a teacher pastes after
 * {@code tc qdisc add dev X root netem} into a checked, immutable {@link org.udpsim.impairments.NetemSpec}, with
 * warnings for settings that surprise; {@link org.udpsim.impairments.ImpairmentChain} applies a spec to packets in
 * netem's order; {@link org.udpsim.impairments.LossModels} makes the loss models alone, for a medium that draws
 * losses per transmission attempt.
 *
 * <p>{@link org.udpsim.impairments.NetemOptions} describes every option once (keyword, forms, parameters in
 * netem's order, words for a teacher); the structured form of a scenario, the scenario schema and the report's
 * words are made from it. Adding an option: its part record, its place in {@code NetemSpec}, its entry in the
 * parser and in {@code NetemOptions.ALL}, and its stage in the chain, all in this package.
 */
package org.udpsim.impairments;
