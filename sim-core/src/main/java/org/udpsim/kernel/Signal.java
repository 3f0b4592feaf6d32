package org.udpsim.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Something processes can wait for, such as "a datagram arrived on this socket". Firing it wakes every process
 * waiting at that moment, in the order they began to wait; a process that starts waiting later waits for the next
 * firing. A signal holds no state of its own: a waiter re-checks its condition when woken.
 */
public final class Signal {
    private List<SimProcess> waiters = new ArrayList<>(2);

    /** Wakes all processes waiting now; they resume at the current simulated time. */
    public void fire() {
        if (waiters.isEmpty()) {
            return;
        }
        List<SimProcess> woken = waiters;
        waiters = new ArrayList<>(2);
        for (SimProcess p : woken) {
            p.signalled();
        }
    }

    /** True if some process waits for this signal. */
    public boolean hasWaiters() {
        return !waiters.isEmpty();
    }

    void add(SimProcess p) {
        waiters.add(p);
    }

    void remove(SimProcess p) {
        waiters.remove(p);
    }
}
