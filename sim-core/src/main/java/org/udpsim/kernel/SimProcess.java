package org.udpsim.kernel;

import java.util.concurrent.Semaphore;

/**
 * A process written in blocking style, like a MicroPython program: {@code sleep(2 s)} or "wait until a datagram
 * arrives" suspend it in simulated time while the rest of the simulation goes on.
 *
 * <p>A process runs on a thread of its own, but hands over control explicitly: the kernel resumes it and waits
 * until it blocks again or ends, so exactly one piece of model code runs at any moment and the order of everything
 * is fixed by the event queue alone. The code between two blocking calls takes no simulated time.
 *
 * <p>The blocking methods may be called only from the process's own body.
 */
public final class SimProcess {
    private final Simulation sim;
    private final String name;
    private final ProcessBody body;
    private final Semaphore turn = new Semaphore(0);

    private Thread thread;
    private volatile boolean finished;
    private boolean terminated;
    private boolean failureReported;
    private Throwable failure;

    private Signal waitingOn;
    private ScheduledEvent timeout;
    private boolean wokenBySignal;

    SimProcess(Simulation sim, String name, ProcessBody body) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a process needs a name");
        }
        if (body == null) {
            throw new IllegalArgumentException("process '" + name + "' needs a body");
        }
        this.sim = sim;
        this.name = name;
        this.body = body;
    }

    /** The process's name, as given to {@link Simulation#spawn}. */
    public String name() {
        return name;
    }

    /** The simulation this process lives in. */
    public Simulation simulation() {
        return sim;
    }

    /** The current simulated time in nanoseconds. */
    public long now() {
        return sim.now();
    }

    /** True once the body has returned or thrown. */
    public boolean isFinished() {
        return finished;
    }

    /** The exception the body ended with, or null. */
    public Throwable failure() {
        return failure;
    }

    /** Suspends this process for {@code nanos} of simulated time. */
    public void sleep(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("sleep time must not be negative, was " + nanos + " ns");
        }
        checkCalledFromBody();
        sim.schedule(nanos, this::resume);
        block();
    }

    /**
     * Suspends this process until {@code signal} fires or {@code timeoutNanos} pass, whichever comes first.
     *
     * @param timeoutNanos how long to wait at most; negative means no limit
     * @return true if woken by the signal, false if the time ran out
     */
    public boolean await(Signal signal, long timeoutNanos) {
        checkCalledFromBody();
        waitingOn = signal;
        wokenBySignal = false;
        signal.add(this);
        if (timeoutNanos >= 0) {
            timeout = sim.schedule(timeoutNanos, this::timeoutExpired);
        }
        block();
        return wokenBySignal;
    }

    /** Called by a firing signal: the process will resume at the current time, after events already due. */
    void signalled() {
        if (timeout != null) {
            sim.cancel(timeout);
            timeout = null;
        }
        waitingOn = null;
        wokenBySignal = true;
        sim.schedule(0, this::resume);
    }

    private void timeoutExpired() {
        timeout = null;
        if (waitingOn != null) {
            waitingOn.remove(this);
            waitingOn = null;
        }
        wokenBySignal = false;
        resume();
    }

    void start() {
        thread = new Thread(this::threadMain, "udpsim-process-" + name);
        thread.setDaemon(true);
        sim.setCurrent(this);
        thread.start();
        sim.kernelTurn.acquireUninterruptibly();
        afterTurn();
    }

    private void resume() {
        if (finished) {
            return;
        }
        sim.setCurrent(this);
        turn.release();
        sim.kernelTurn.acquireUninterruptibly();
        afterTurn();
    }

    private void afterTurn() {
        sim.setCurrent(null);
        if (finished && failure != null && !failureReported) {
            failureReported = true;
            throw new ProcessFailedException(name, failure);
        }
    }

    private void threadMain() {
        try {
            body.run(this);
        } catch (ProcessTerminated ended) {
            // the simulation was closed while we waited: nothing to report
        } catch (Throwable t) {
            failure = t;
        } finally {
            finished = true;
            sim.kernelTurn.release();
        }
    }

    private void block() {
        sim.kernelTurn.release();
        turn.acquireUninterruptibly();
        if (terminated) {
            throw new ProcessTerminated();
        }
    }

    /** Unwinds the process if it is waiting; called by {@link Simulation#close()} from the kernel's thread. */
    void terminate() {
        if (thread == null || finished) {
            return;
        }
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("process '" + name + "' cannot close its own simulation");
        }
        terminated = true;
        turn.release();
        sim.kernelTurn.acquireUninterruptibly();
    }

    private void checkCalledFromBody() {
        if (Thread.currentThread() != thread) {
            throw new IllegalStateException(
                    "process '" + name + "' can only block from its own body, not from " + Thread.currentThread().getName());
        }
    }
}
