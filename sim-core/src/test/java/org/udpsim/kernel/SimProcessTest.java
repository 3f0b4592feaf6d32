package org.udpsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimProcessTest {

    @Test
    void sleep_advancesSimulatedTime_notWallTime() {
        try (Simulation sim = new Simulation(1)) {
            List<Long> woke = new ArrayList<>();
            sim.spawn("sleeper", self -> {
                for (int i = 0; i < 3; i++) {
                    self.sleep(SimTime.seconds(2));
                    woke.add(self.now());
                }
            });
            long t0 = System.nanoTime();
            sim.run();
            assertEquals(List.of(2_000_000_000L, 4_000_000_000L, 6_000_000_000L), woke);
            assertTrue(System.nanoTime() - t0 < SimTime.seconds(5), "six simulated seconds take far less real time");
        }
    }

    @Test
    void twoProcesses_interleaveByTheirWakeTimes_andNeverAtOnce() {
        try (Simulation sim = new Simulation(1)) {
            List<String> log = new ArrayList<>();
            sim.spawn("fast", self -> {
                for (int i = 0; i < 4; i++) {
                    log.add("fast@" + self.now());
                    self.sleep(10);
                }
            });
            sim.spawn("slow", self -> {
                for (int i = 0; i < 2; i++) {
                    log.add("slow@" + self.now());
                    self.sleep(25);
                }
            });
            sim.run();
            assertEquals(List.of("fast@0", "slow@0", "fast@10", "fast@20", "slow@25", "fast@30"), log);
        }
    }

    @Test
    void await_signalFiredByEvent_wakesAtThatTime() {
        try (Simulation sim = new Simulation(1)) {
            Signal s = new Signal();
            long[] woke = new long[1];
            boolean[] bySignal = new boolean[1];
            sim.spawn("waiter", self -> {
                bySignal[0] = self.await(s, -1);
                woke[0] = self.now();
            });
            sim.schedule(1234, s::fire);
            sim.run();
            assertTrue(bySignal[0]);
            assertEquals(1234, woke[0]);
        }
    }

    @Test
    void await_timeoutRunsOut_returnsFalseAtTheDeadline() {
        try (Simulation sim = new Simulation(1)) {
            Signal s = new Signal();
            long[] woke = new long[1];
            boolean[] bySignal = {true};
            sim.spawn("waiter", self -> {
                bySignal[0] = self.await(s, 500);
                woke[0] = self.now();
            });
            sim.schedule(1000, s::fire);
            sim.run();
            assertFalse(bySignal[0]);
            assertEquals(500, woke[0]);
            assertFalse(s.hasWaiters(), "a timed-out waiter leaves the signal");
        }
    }

    @Test
    void failure_inProcessBody_surfacesFromRunWithProcessName() {
        try (Simulation sim = new Simulation(1)) {
            IllegalStateException boom = new IllegalStateException("boom");
            sim.spawn("crasher", self -> {
                self.sleep(5);
                throw boom;
            });
            ProcessFailedException e = assertThrows(ProcessFailedException.class, sim::run);
            assertEquals("crasher", e.processName());
            assertSame(boom, e.getCause());
        }
    }

    @Test
    void close_withProcessStillWaiting_endsItsThread() throws Exception {
        Simulation sim = new Simulation(1);
        Signal never = new Signal();
        boolean[] after = new boolean[1];
        SimProcess p = sim.spawn("forever", self -> {
            self.await(never, -1);
            after[0] = true;
        });
        sim.run();
        assertFalse(p.isFinished());
        sim.close();
        assertTrue(p.isFinished());
        assertFalse(after[0], "the body does not go on after its simulation closed");
    }

    @Test
    void blockingCall_fromOutsideTheProcess_isRefused() {
        try (Simulation sim = new Simulation(1)) {
            SimProcess p = sim.spawn("p", self -> self.sleep(10));
            sim.run();
            assertThrows(IllegalStateException.class, () -> p.sleep(1));
        }
    }
}
