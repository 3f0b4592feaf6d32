package org.udpsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

    @Test
    void run_eventsAtDifferentTimes_runInTimeOrder() {
        try (Simulation sim = new Simulation(1)) {
            List<String> log = new ArrayList<>();
            sim.schedule(30, () -> log.add("c@" + sim.now()));
            sim.schedule(10, () -> log.add("a@" + sim.now()));
            sim.schedule(20, () -> log.add("b@" + sim.now()));
            sim.run();
            assertEquals(List.of("a@10", "b@20", "c@30"), log);
        }
    }

    @Test
    void run_eventsAtSameTime_runInSchedulingOrder() {
        try (Simulation sim = new Simulation(1)) {
            List<Integer> log = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int n = i;
                sim.schedule(5, () -> log.add(n));
            }
            sim.run();
            for (int i = 0; i < 100; i++) {
                assertEquals(i, log.get(i));
            }
        }
    }

    @Test
    void cancel_pendingEvent_neverRuns() {
        try (Simulation sim = new Simulation(1)) {
            List<String> log = new ArrayList<>();
            ScheduledEvent e = sim.schedule(10, () -> log.add("cancelled"));
            sim.schedule(5, () -> log.add("kept"));
            assertTrue(sim.cancel(e));
            assertFalse(sim.cancel(e), "a second cancel finds nothing");
            sim.run();
            assertEquals(List.of("kept"), log);
            assertFalse(e.isPending());
        }
    }

    @Test
    void cancel_manyEventsInHeap_keepsOrderOfTheRest() {
        try (Simulation sim = new Simulation(1)) {
            List<Long> ran = new ArrayList<>();
            List<ScheduledEvent> events = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                long t = (i * 7919L) % 1000;
                events.add(sim.schedule(t, () -> ran.add(sim.now())));
            }
            for (int i = 0; i < 1000; i += 3) {
                sim.cancel(events.get(i));
            }
            sim.run();
            assertEquals(1000 - 334, ran.size());
            for (int i = 1; i < ran.size(); i++) {
                assertTrue(ran.get(i - 1) <= ran.get(i), "time never goes backwards");
            }
        }
    }

    @Test
    void runUntil_runsEventsUpToEnd_andKeepsLaterOnes() {
        try (Simulation sim = new Simulation(1)) {
            List<Long> log = new ArrayList<>();
            sim.schedule(10, () -> log.add(sim.now()));
            sim.schedule(20, () -> log.add(sim.now()));
            sim.schedule(30, () -> log.add(sim.now()));
            sim.runUntil(20);
            assertEquals(List.of(10L, 20L), log);
            assertEquals(20, sim.now());
            assertEquals(1, sim.pendingEvents());
            sim.runUntil(25);
            assertEquals(25, sim.now(), "the clock moves to the end even with nothing to do");
            sim.run();
            assertEquals(List.of(10L, 20L, 30L), log);
        }
    }

    @Test
    void stop_insideEvent_returnsAfterThatEvent() {
        try (Simulation sim = new Simulation(1)) {
            List<Long> log = new ArrayList<>();
            sim.schedule(10, () -> {
                log.add(sim.now());
                sim.stop();
            });
            sim.schedule(20, () -> log.add(sim.now()));
            sim.run();
            assertEquals(List.of(10L), log);
            assertEquals(10, sim.now());
            sim.run();
            assertEquals(List.of(10L, 20L), log);
        }
    }

    @Test
    void schedule_negativeDelayOrPastTime_isRejectedWithMessage() {
        try (Simulation sim = new Simulation(1)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sim.schedule(-1, () -> { }));
            assertTrue(e.getMessage().contains("negative"), e.getMessage());
            sim.runUntil(100);
            assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(50, () -> { }));
        }
    }

    @Test
    void twoSimulations_inOneJvm_doNotShareClockOrSequence() {
        try (Simulation a = new Simulation(1); Simulation b = new Simulation(1)) {
            List<String> log = new ArrayList<>();
            a.schedule(10, () -> log.add("a" + a.now()));
            b.schedule(5, () -> log.add("b" + b.now()));
            b.schedule(5, () -> log.add("b2"));
            a.run();
            assertEquals(0, b.now());
            b.run();
            assertEquals(List.of("a10", "b5", "b2"), log);
            assertEquals(1, a.eventsDispatched());
            assertEquals(2, b.eventsDispatched());
        }
    }
}
