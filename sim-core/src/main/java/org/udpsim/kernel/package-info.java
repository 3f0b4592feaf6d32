/**
 * The discrete-event kernel: {@link org.udpsim.kernel.Simulation} keeps a clock in whole nanoseconds and runs events
 * in (time, sequence) order, so events at the same nanosecond run in the order they were scheduled;
 * {@link org.udpsim.kernel.SimProcess} runs blocking-style programs (a lesson's {@code sleep(2)}) one at a time on
 * threads handed over explicitly, taking no simulated time of their own; {@link org.udpsim.kernel.RandomStreams}
 * derives every random stream from (seed, component name), so adding a component never changes another's draws.
 * It depends on commons-math3 only and on no other package of udpsim.
 */
package org.udpsim.kernel;
