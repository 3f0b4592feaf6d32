package org.udpsim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Re-runs one at a time, the newest first: a change still waiting when a newer one comes never runs. */
class RunQueueTest {
    @Test
    void aJobWaitingWhenANewerComes_isSuperseded_andTheNewerRunsAfterTheRunningOne() throws Exception {
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (RunQueue<String> q = new RunQueue<>()) {
            CompletableFuture<String> first = q.submit(() -> {
                started.countDown();
                release.await(10, TimeUnit.SECONDS);
                ran.add("first");
                return "first";
            });
            started.await(10, TimeUnit.SECONDS);
            CompletableFuture<String> second = q.submit(() -> {
                ran.add("second");
                return "second";
            });
            CompletableFuture<String> third = q.submit(() -> {
                ran.add("third");
                return "third";
            });
            ExecutionException e = assertThrows(ExecutionException.class, () -> second.get(10, TimeUnit.SECONDS));
            assertInstanceOf(RunQueue.Superseded.class, e.getCause());
            release.countDown();
            assertEquals("first", first.get(10, TimeUnit.SECONDS));
            assertEquals("third", third.get(10, TimeUnit.SECONDS));
            assertEquals(List.of("first", "third"), ran);
        }
    }

    @Test
    void jobsNeverOverlap_andAFailureEndsOnlyItsOwnJob() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (RunQueue<Integer> q = new RunQueue<>()) {
            List<CompletableFuture<Integer>> all = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                all.add(q.submit(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    Thread.sleep(1);
                    running.decrementAndGet();
                    if (n == 19) {
                        throw new IllegalStateException("boom");
                    }
                    return n;
                }));
                all.get(all.size() - 1).exceptionally(t -> -1).get(10, TimeUnit.SECONDS);
            }
            assertEquals(1, most.get());
            ExecutionException e = assertThrows(ExecutionException.class, () -> all.get(19).get());
            assertEquals("boom", e.getCause().getMessage());
            assertEquals(7, q.submit(() -> 7).get(10, TimeUnit.SECONDS));
        }
    }
}
