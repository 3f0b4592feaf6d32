package org.udpsim.kernel;

/** Thrown out of {@link Simulation#run()} when a process's body ended with an exception it did not handle. */
public final class ProcessFailedException extends RuntimeException {
    private final String processName;

    ProcessFailedException(String processName, Throwable cause) {
        super("process '" + processName + "' failed: " + cause, cause);
        this.processName = processName;
    }

    public String processName() {
        return processName;
    }
}
