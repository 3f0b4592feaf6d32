package org.udpsim.kernel;

/** The code of a blocking-style process: it runs once, and may wait in simulated time through its process. */
@FunctionalInterface
public interface ProcessBody {
    void run(SimProcess self) throws Exception;
}
