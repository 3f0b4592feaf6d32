package org.udpsim.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The trace points of a run: models hand it records, it passes each to every listener at once, and keeps none.
 *
 * <p>Models guard record construction with {@link #isOn()}, so a run with no listener pays one branch per trace
 * point and allocates nothing for it.
 */
public final class Trace {
    private TraceListener[] listeners = new TraceListener[0];

    /** Adds a listener; it sees every later record, after the listeners added before it. */
    public void addListener(TraceListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener must not be null");
        }
        List<TraceListener> l = new ArrayList<>(List.of(listeners));
        l.add(listener);
        listeners = l.toArray(new TraceListener[0]);
    }

    /** True if anyone listens: build a record only then. */
    public boolean isOn() {
        return listeners.length != 0;
    }

    public void emit(TraceRecord record) {
        for (TraceListener l : listeners) {
            l.onRecord(record);
        }
    }
}
