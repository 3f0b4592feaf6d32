package org.udpsim.impairments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.udpsim.impairments.ChainHarness.Delivery;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Packet;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.PacketCopied;
import org.udpsim.trace.PacketCorrupted;
import org.udpsim.trace.PacketDropped;

class ImpairmentChainTest {
    private static final long MS = SimTime.MILLISECOND;

    @Test
    void noDelayNoRate_passesSynchronously_withoutEvents() {
        ChainHarness h = new ChainHarness(1, "loss 10%");
        Packet p = h.packet(10);
        h.chain.offer(p);
        h.chain.offer(h.packet(10));
        assertEquals(0, h.sim.pendingEvents());
        assertFalse(h.delivered.isEmpty(), "at least one of two packets passes at 10% loss with this seed");
    }

    @Test
    void randomLoss_tenPercent_withinBinomialInterval() {
        ChainHarness h = new ChainHarness(1, "loss 10%");
        int n = 100_000;
        h.offer(n, 20);
        Stats.assertBinomial("loss 10%", h.drops(DropReason.LOSS).size(), n, 0.1);
        assertEquals(n, h.drops(DropReason.LOSS).size() + h.delivered.size());
    }

    @Test
    void scriptedLoss_dropsExactlyTheListedPackets() {
        ChainHarness h = new ChainHarness(1, "loss script 3,5,7-9");
        h.offer(20, 20);
        assertEquals(List.of(3L, 5L, 7L, 8L, 9L), h.lostOriginalIds());
        assertEquals(15, h.delivered.size());
    }

    @Test
    void duplicate_fivePercent_withinBinomialInterval_copiesHaveNewIdsAndFollowTheirOriginal() {
        ChainHarness h = new ChainHarness(2, "duplicate 5%");
        int n = 100_000;
        h.offer(n, 20);
        List<PacketCopied> copies = h.copies();
        Stats.assertBinomial("duplicate 5%", copies.size(), n, 0.05);
        assertEquals(n + copies.size(), h.delivered.size());
        for (PacketCopied c : copies) {
            assertTrue(c.copy().isCopy());
            assertEquals(c.packet().id(), c.copy().originId());
            assertTrue(c.copy().id() > c.packet().id());
            assertTrue(h.number(c.copy().id()) <= 0, "a copy's id is none of the originals'");
        }
        // As in netem, the copy is queued before its original, so without delay it is handed on first.
        PacketCopied first = copies.get(0);
        int copyAt = indexOf(h.delivered, first.copy().id());
        assertEquals(copyAt + 1, indexOf(h.delivered, first.packet().id()));
    }

    private static int indexOf(List<Delivery> delivered, long id) {
        for (int i = 0; i < delivered.size(); i++) {
            if (delivered.get(i).packet().id() == id) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void corrupt_share_withinBinomialInterval_andExactlyOneBitFlipped() {
        ChainHarness h = new ChainHarness(3, "corrupt 2%");
        int n = 100_000;
        h.offer(n, 20);
        List<PacketCorrupted> corrupted = h.corruptions();
        Stats.assertBinomial("corrupt 2%", corrupted.size(), n, 0.02);
        Packet clean = h.packet(20);
        for (PacketCorrupted c : corrupted.subList(0, 200)) {
            byte[] a = c.packet().wireBytes();
            byte[] b = clean.wireBytes();
            int bits = 0;
            for (int i = 0; i < a.length; i++) {
                if (i != 4 && i != 5 && i != 10 && i != 11 && i != 26 && i != 27) {
                    bits += Integer.bitCount((a[i] ^ b[i]) & 0xff);
                }
            }
            int bit = c.bit();
            int byteIndex = bit / 8;
            boolean inIdOrChecksum = byteIndex == 4 || byteIndex == 5 || byteIndex == 10 || byteIndex == 11
                    || byteIndex == 26 || byteIndex == 27;
            assertEquals(inIdOrChecksum ? 0 : 1, bits, "bit " + bit);
            assertFalse(c.packet().ipHeaderValid() && c.packet().udpChecksumValid(), "bit " + bit);
        }
    }

    @Test
    void fixedDelay_deliversEachPacketExactlyThatLater() {
        ChainHarness h = new ChainHarness(1, "delay 20ms");
        h.offerSpaced(100, MS, 20);
        assertEquals(100, h.delivered.size());
        for (Delivery d : h.delivered) {
            assertEquals((d.packet().id() - 1) * MS + 20 * MS, d.time());
        }
    }

    @Test
    void jitterAlone_reordersPackets_releasedInSendTimeOrder_withinBounds() {
        ChainHarness h = new ChainHarness(4, "delay 50ms 20ms");
        int n = 5_000;
        h.offerSpaced(n, MS, 20);
        assertEquals(n, h.delivered.size());
        long previous = 0;
        int overtaken = 0;
        long lastId = 0;
        for (Delivery d : h.delivered) {
            assertTrue(d.time() >= previous, "released in send-time order");
            previous = d.time();
            long delay = d.time() - (d.packet().id() - 1) * MS;
            assertTrue(delay >= 30 * MS && delay < 70 * MS, "delay " + delay);
            if (d.packet().id() < lastId) {
                overtaken++;
            }
            lastId = Math.max(lastId, d.packet().id());
        }
        assertTrue(overtaken > n / 10, "jitter of ±20ms at 1 packet per ms reorders many packets: " + overtaken);
    }

    @Test
    void uniformJitter_staysInBounds_withMeanAndSpreadOfUniform() {
        long mu = 100 * MS;
        long sigma = 10 * MS;
        double[] d = sample(new Delay(mu, sigma, 0, Distribution.UNIFORM), 200_000);
        for (double x : d) {
            assertTrue(x >= mu - sigma && x < mu + sigma, "delay " + x);
        }
        double sdUniform = sigma / Math.sqrt(3);
        Stats.assertMean("uniform mean", mean(d), mu, sdUniform / Math.sqrt(d.length));
        assertEquals(sdUniform, sd(d), 0.01 * sdUniform);
    }

    @Test
    void normalJitter_hasJitterAsStandardDeviation() {
        long mu = 100 * MS;
        long sigma = 10 * MS;
        double[] d = sample(new Delay(mu, sigma, 0, Distribution.NORMAL), 200_000);
        Stats.assertMean("normal mean", mean(d), mu, sigma / Math.sqrt(d.length));
        assertEquals(sigma, sd(d), 0.015 * sigma);
        double within1 = java.util.Arrays.stream(d).filter(x -> Math.abs(x - mu) <= sigma).count() / (double) d.length;
        assertEquals(0.6827, within1, 0.01, "share within one standard deviation");
    }

    @Test
    void paretoJitter_hasNetemsFloorAndALongTail() {
        long mu = 100 * MS;
        long sigma = 10 * MS;
        double[] d = sample(new Delay(mu, sigma, 0, Distribution.PARETO), 200_000);
        double min = java.util.Arrays.stream(d).min().orElseThrow();
        assertTrue(min >= mu - sigma * 2 / 3.0 - 1, "netem's pareto table starts at −2/3 jitter: " + min);
        double beyond2 = java.util.Arrays.stream(d).filter(x -> x > mu + 2 * sigma).count() / (double) d.length;
        assertTrue(beyond2 > 0.02, "long tail: " + beyond2);
    }

    @Test
    void delayCorrelation_makesConsecutiveDelaysAlike() {
        double[] d = sample(new Delay(100 * MS, 10 * MS, 75, Distribution.UNIFORM), 50_000);
        double m = mean(d);
        double num = 0;
        double den = 0;
        for (int i = 0; i < d.length; i++) {
            den += (d[i] - m) * (d[i] - m);
            if (i > 0) {
                num += (d[i] - m) * (d[i - 1] - m);
            }
        }
        assertEquals(0.75, num / den, 0.03, "lag-1 autocorrelation");
    }

    private static double[] sample(Delay delay, int n) {
        DelaySampler s = new DelaySampler(delay, new org.apache.commons.math3.random.Well19937c(5));
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = s.next();
        }
        return d;
    }

    private static double mean(double[] d) {
        return java.util.Arrays.stream(d).average().orElseThrow();
    }

    private static double sd(double[] d) {
        double m = mean(d);
        return Math.sqrt(java.util.Arrays.stream(d).map(x -> (x - m) * (x - m)).sum() / (d.length - 1));
    }

    @Test
    void reorder_withoutGap_sendsThatShareAtOnce() {
        ChainHarness h = new ChainHarness(6, "delay 10ms reorder 25%");
        int n = 20_000;
        h.offerSpaced(n, MS / 10, 20);
        Stats.assertBinomial("reorder 25%", h.reorderings().size(), n, 0.25);
        for (var r : h.reorderings()) {
            assertEquals((r.packet().id() - 1) * (MS / 10), r.time());
        }
        long early = h.delivered.stream().filter(d -> d.time() == (d.packet().id() - 1) * (MS / 10)).count();
        assertEquals(h.reorderings().size(), early, "reordered packets leave at once, the others 10ms later");
    }

    @Test
    void reorder_fullWithGap_sendsEveryGapthPacketAtOnce() {
        ChainHarness h = new ChainHarness(7, "delay 10ms reorder 100% gap 5");
        h.offerSpaced(50, MS, 20);
        List<Long> reordered = h.reorderings().stream().map(r -> r.packet().id()).toList();
        assertEquals(LongStream.rangeClosed(1, 10).map(k -> 5 * k).boxed().toList(), reordered);
    }

    @Test
    void reorder_partialWithGap_onlyAfterGapMinusOneDelayedPackets_andAboutTheShareOfEligibleOnes() {
        ChainHarness h = new ChainHarness(8, "delay 10ms reorder 50% gap 4");
        int n = 40_000;
        h.offerSpaced(n, MS / 10, 20);
        List<Long> reordered = h.reorderings().stream().map(r -> r.packet().id()).toList();
        long previous = 0;
        for (long id : reordered) {
            assertTrue(id - previous >= 4, "at least 3 delayed packets between: " + previous + ", " + id);
            previous = id;
        }
        // Each cycle: 3 delayed, then eligible packets until one is sent at once (geometric, mean 2): 5 packets.
        double expected = n / 5.0;
        assertEquals(expected, reordered.size(), 0.03 * expected);
    }

    @Test
    void rate_serializesPackets_nPacketsOfBBytesTakeNTimesBTimes8OverR() {
        ChainHarness h = new ChainHarness(1, "rate 1mbit");
        int n = 100;
        Packet probe = h.packet(972);
        assertEquals(1000, probe.length());
        for (int i = 0; i < n; i++) {
            h.chain.offer(h.packet(972));
        }
        assertEquals(n, h.chain.held());
        h.sim.run();
        assertEquals(n, h.delivered.size());
        long perPacket = 1000L * 8 * SimTime.SECOND / 1_000_000;
        for (int i = 0; i < n; i++) {
            assertEquals((i + 1) * perPacket, h.delivered.get(i).time());
        }
        assertEquals(n * 1000L * 8 * SimTime.SECOND / 1_000_000, h.delivered.get(n - 1).time());
    }

    @Test
    void rateWithDelay_sendTimeIsDelayThenTransmission_andQueuesBehindHeldPackets() {
        ChainHarness h = new ChainHarness(1, "delay 20ms rate 1mbit");
        h.offer(3, 972);
        h.sim.run();
        assertEquals(List.of(28 * MS, 36 * MS, 44 * MS), h.delivered.stream().map(Delivery::time).toList());
    }

    @Test
    void limit_dropsPacketsArrivingWhileLimitAreHeld() {
        ChainHarness h = new ChainHarness(1, "rate 1mbit limit 50");
        h.offer(100, 972);
        List<PacketDropped> full = h.drops(DropReason.NETEM_LIMIT);
        assertEquals(50, full.size());
        assertEquals(LongStream.rangeClosed(51, 100).boxed().toList(),
                full.stream().map(d -> d.packet().id()).toList());
        assertEquals(50, h.chain.held());
        h.sim.run();
        assertEquals(50, h.delivered.size());
        assertEquals(0, h.chain.held());
    }

    @Test
    void limitZero_dropsEveryPacket() {
        ChainHarness h = new ChainHarness(1, "limit 0");
        h.offer(10, 20);
        assertEquals(10, h.drops(DropReason.NETEM_LIMIT).size());
        assertTrue(h.delivered.isEmpty());
    }

    @Test
    void sameSeed_sameDropPattern_otherSeed_otherPattern() {
        List<Long> a = lostWith(11, "loss 10%");
        assertEquals(a, lostWith(11, "loss 10%"));
        assertNotEquals(a, lostWith(12, "loss 10%"));
    }

    @Test
    void addingDelay_doesNotChangeTheLossDraws() {
        assertEquals(lostWith(13, "loss gemodel 2% 20%"), lostWith(13, "loss gemodel 2% 20% delay 10ms 5ms"));
        assertEquals(lostWith(13, "loss 10%"), lostWith(13, "loss 10% delay 10ms 5ms corrupt 1% reorder 5%"));
    }

    @Test
    void addingDuplicate_doesNotChangeTheOriginalsLossDraws() {
        List<Long> lossDraws = lostWith(14, "loss 10%");
        ChainHarness h = new ChainHarness(14, "loss 10% duplicate 30%");
        int n = 10_000;
        h.offer(n, 20);
        // Replay the duplicate stream to know which originals were drawn for duplication.
        CorrelatedRandom dup = new CorrelatedRandom(
                new org.udpsim.kernel.Simulation(14).random().stream("hop:" + ChainHarness.PLACE + "/duplicate"), 0);
        long threshold = CorrelatedRandom.scale(30);
        List<Long> expectedDrops = new ArrayList<>();
        List<Long> expectedCopies = new ArrayList<>();
        for (long id = 1; id <= n; id++) {
            boolean duplicated = dup.chance(threshold);
            boolean lost = lossDraws.contains(id);
            if (lost && !duplicated) {
                expectedDrops.add(id);
            }
            if (duplicated && !lost) {
                expectedCopies.add(id);
            }
        }
        assertEquals(expectedDrops, h.lostOriginalIds().stream().map(h::number).toList());
        assertEquals(expectedCopies, h.copies().stream().map(c -> h.number(c.packet().id())).toList());
    }

    private static List<Long> lostWith(long seed, String netem) {
        ChainHarness h = new ChainHarness(seed, netem);
        h.offerSpaced(10_000, MS, 20);
        return h.lostOriginalIds();
    }

    @Test
    void duplicateAndLoss_onTheSamePacket_letItGoOnAlone_asNetemDoes() {
        ChainHarness h = new ChainHarness(15, "loss 100% duplicate 100%");
        h.offer(100, 20);
        assertEquals(0, h.copies().size());
        assertEquals(0, h.drops(DropReason.LOSS).stream().filter(d -> !d.packet().isCopy()).count());
        assertEquals(100, h.delivered.size());
    }

    @Test
    void tracingOff_stillImpairs() {
        ChainHarness on = new ChainHarness(16, "loss 30%");
        on.offer(1000, 20);
        org.udpsim.kernel.Simulation sim = new org.udpsim.kernel.Simulation(16);
        List<Long> passed = new ArrayList<>();
        ImpairmentChain off = new ImpairmentChain(sim, new org.udpsim.trace.Trace(), new org.udpsim.packet.PacketIds(),
                ChainHarness.PLACE, NetemSpec.parse("loss 30%"), p -> passed.add(p.id()));
        ChainHarness ids = new ChainHarness(16, "");
        for (int i = 0; i < 1000; i++) {
            off.offer(ids.packet(20));
        }
        assertEquals(on.delivered.stream().map(d -> d.packet().id()).toList(), passed);
    }
}
