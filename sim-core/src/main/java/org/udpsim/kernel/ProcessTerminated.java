package org.udpsim.kernel;

/**
 * Unwinds a waiting process whose simulation has been closed. It is an {@link Error} so that a process body's
 * {@code catch (Exception e)} does not swallow it; bodies must let it pass.
 */
public final class ProcessTerminated extends Error {
    ProcessTerminated() {
        super("the simulation was closed while this process waited", null, false, false);
    }
}
