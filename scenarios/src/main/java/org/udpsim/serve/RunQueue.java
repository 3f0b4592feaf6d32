package org.udpsim.serve;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs jobs one at a time, on one thread, newest first: a job submitted while another runs waits, and a job that
 * is still waiting when a newer one comes is superseded (its future completes with {@link Superseded}) and never
 * runs. A teacher dragging a slider so asks for many runs; the one for where the slider stops is the one shown.
 *
 * @param <T> what a job gives
 */
final class RunQueue<T> implements AutoCloseable {
    /** The end of a job that a newer one replaced before it started. */
    static final class Superseded extends Exception {
        Superseded() {
            super("superseded by a newer change", null, false, false);
        }
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "udpsim-serve-run");
        t.setDaemon(true);
        return t;
    });
    private Waiting<T> waiting;
    private boolean busy;

    private record Waiting<T>(Callable<T> job, CompletableFuture<T> result) {
    }

    /** Queues {@code job}, superseding the job waiting, if any; the future completes when it has run. */
    synchronized CompletableFuture<T> submit(Callable<T> job) {
        if (waiting != null) {
            waiting.result().completeExceptionally(new Superseded());
        }
        waiting = new Waiting<>(job, new CompletableFuture<>());
        CompletableFuture<T> result = waiting.result();
        if (!busy) {
            busy = true;
            worker.execute(this::drain);
        }
        return result;
    }

    private void drain() {
        while (true) {
            Waiting<T> next;
            synchronized (this) {
                next = waiting;
                waiting = null;
                if (next == null) {
                    busy = false;
                    return;
                }
            }
            try {
                next.result().complete(next.job().call());
            } catch (Exception | Error e) {
                next.result().completeExceptionally(e);
            }
        }
    }

    /** Supersedes the job waiting and stops the thread once the running job has ended. */
    @Override
    public synchronized void close() {
        if (waiting != null) {
            waiting.result().completeExceptionally(new Superseded());
            waiting = null;
        }
        worker.shutdown();
    }
}
