/**
 * {@code udpsim bench}: whole-workload benchmarks that print their figures (a UDP flood's datagrams and events per
 * second and peak heap, the kernel beside a bare priority-queue loop, the cost of Python boards, the time
 * {@code udpsim serve} takes to show a changed control), each measured after an unmeasured warm-up. Speed is
 * measured here, never in timed tests. It may use sim-core, python and serve.
 */
package org.udpsim.bench;
