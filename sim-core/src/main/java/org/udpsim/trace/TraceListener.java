package org.udpsim.trace;

/** Receives trace records as they happen, in simulated-time order. */
@FunctionalInterface
public interface TraceListener {
    void onRecord(TraceRecord record);
}
