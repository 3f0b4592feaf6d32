/**
 * Impairments of a hop direction as Linux netem applies them (tc-netem(8), net/sched/sch_netem.c): delay with
 * jitter, loss, duplication, corruption, reordering, rate and a queue limit, configured in netem's own syntax.
 *
 * <p>{@link org.udpsim.impairments.NetemParser} reads the options a teacher pastes after
 * {@code tc qdisc add dev X root netem} into a checked, immutable {@link org.udpsim.impairments.NetemSpec}, with
 * warnings for settings that surprise; {@link org.udpsim.impairments.ImpairmentChain} applies a spec to packets in
 * netem's order; {@link org.udpsim.impairments.LossModels} makes the loss models alone, for a medium that draws
 * losses per transmission attempt.
 */
package org.udpsim.impairments;
