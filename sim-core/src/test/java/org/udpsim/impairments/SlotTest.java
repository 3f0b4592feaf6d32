package org.udpsim.impairments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.udpsim.impairments.ChainHarness.Delivery;
import org.udpsim.kernel.SimTime;
import org.udpsim.trace.DropReason;

/** netem's slot in the chain: packets leave only in open slots (get_slot_next and netem_dequeue in sch_netem.c). */
class SlotTest {
    private static final long MS = SimTime.MILLISECOND;

    /** Offers one packet at each time, runs the simulation and gives the delivery times. */
    private static List<Long> deliveries(ChainHarness h, long... times) {
        for (long t : times) {
            h.sim.scheduleAt(t, () -> h.chain.offer(h.packet(10)));
        }
        h.sim.run();
        return h.delivered.stream().map(Delivery::time).toList();
    }

    @Test
    void fixedSlot_aPacketOnAnIdleHopWaitsOneSlot_andThoseArrivingMeanwhileLeaveWithIt() {
        ChainHarness h = new ChainHarness(1, "slot 10ms");
        assertEquals(List.of(11 * MS, 11 * MS, 25 * MS), deliveries(h, 1 * MS, 2 * MS, 15 * MS));
    }

    @Test
    void packetsPerSlot_sendsAtMostThatMany_theRestInTheNextSlots() {
        ChainHarness h = new ChainHarness(1, "slot 10ms packets 1");
        assertEquals(List.of(11 * MS, 21 * MS, 31 * MS), deliveries(h, 1 * MS, 1 * MS, 1 * MS));
    }

    @Test
    void bytesPerSlot_endsTheSlotOnceItHasSentThatMany() {
        int length = new ChainHarness(1, "").packet(10).length();
        ChainHarness h = new ChainHarness(1, NetemSpec.NONE.withSlot(new Slot(10 * MS, 10 * MS, 0, length + 1)));
        assertEquals(List.of(11 * MS, 11 * MS, 21 * MS), deliveries(h, 1 * MS, 1 * MS, 1 * MS),
                "the second packet overdraws the slot's bytes and ends it");
    }

    @Test
    void delayThenSlot_aPacketWaitsItsDelay_thenOneSlotFromThen() {
        ChainHarness h = new ChainHarness(1, "delay 100ms slot 10ms");
        assertEquals(List.of(111 * MS), deliveries(h, 1 * MS));
    }

    @Test
    void aPacketOfferedAsTheSlotsOpen_passesAtOnce() {
        ChainHarness h = new ChainHarness(1, "slot 10ms");
        assertEquals(List.of(0L, 15 * MS), deliveries(h, 0, 5 * MS), "the first slot starts when the hop is set up");
    }

    @Test
    void slotsOfVaryingLength_drawFromTheRunsStream_withinMinAndMax() {
        long[] times = new long[50];
        for (int i = 0; i < times.length; i++) {
            times[i] = (i + 1) * 100 * MS;
        }
        List<Long> a = deliveries(new ChainHarness(7, "slot 10ms 20ms"), times);
        assertEquals(a, deliveries(new ChainHarness(7, "slot 10ms 20ms"), times), "the same seed, the same slots");
        assertNotEquals(a, deliveries(new ChainHarness(8, "slot 10ms 20ms"), times));
        for (int i = 0; i < times.length; i++) {
            long wait = a.get(i) - times[i];
            assertTrue(wait >= 10 * MS && wait < 20 * MS, "waited " + wait);
        }
        assertTrue(a.stream().map(t -> t % (100 * MS)).distinct().count() > 10, "slot lengths vary");
    }

    @Test
    void limit_countsThePacketsWaitingForASlot() {
        ChainHarness h = new ChainHarness(1, "slot 10ms limit 2");
        assertEquals(List.of(11 * MS, 11 * MS), deliveries(h, 1 * MS, 1 * MS, 1 * MS));
        assertEquals(1, h.drops(DropReason.NETEM_LIMIT).size());
    }

    @Test
    void reorderedPackets_skipTheSlots() {
        ChainHarness h = new ChainHarness(1, "delay 10ms reorder 100% slot 50ms");
        assertEquals(List.of(1 * MS, 2 * MS), deliveries(h, 1 * MS, 2 * MS));
        assertTrue(NetemParser.parse("delay 10ms reorder 100% slot 50ms").warnings().stream()
                .anyMatch(w -> w.contains("skip the slots")));
    }

    @Test
    void slot_withRate_theSlotIsDrawnWhenThePacketIsOffered_andSendsWhatIsDueByThen() {
        // 1mbit: a packet of L bytes takes 8L us; both are offered at 1ms, due at 1ms + tx and 1ms + 2 tx.
        int length = new ChainHarness(1, "").packet(10).length();
        long tx = length * 8 * SimTime.MICROSECOND;
        ChainHarness h = new ChainHarness(1, "rate 1mbit slot 10ms");
        // netem tries to send when a packet is offered: the first is due after the slot that began at 0, so a new
        // slot is drawn from then (1ms), and it opens at 11ms, when both are due.
        assertTrue(1 * MS + 2 * tx < 11 * MS);
        assertEquals(List.of(11 * MS, 11 * MS), deliveries(h, 1 * MS, 1 * MS));
        ChainHarness slow = new ChainHarness(1, "rate 10kbit slot 10ms");
        long slowTx = length * 800 * SimTime.MICROSECOND;
        // At 10kbit each is due after the slot that was open (11ms, then 41.4ms): each waits a slot from its time.
        assertEquals(List.of(1 * MS + slowTx + 10 * MS, 1 * MS + 2 * slowTx + 10 * MS), deliveries(slow, 1 * MS,
                1 * MS));
    }
}
