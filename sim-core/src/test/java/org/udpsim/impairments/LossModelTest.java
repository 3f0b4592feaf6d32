package org.udpsim.impairments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class LossModelTest {
    private static RandomGenerator rng(long seed) {
        return new Well19937c(seed);
    }

    private static boolean[] run(LossModel model, int n) {
        boolean[] lost = new boolean[n];
        for (int i = 0; i < n; i++) {
            lost[i] = model.drop();
        }
        return lost;
    }

    private static long count(boolean[] series) {
        long c = 0;
        for (boolean b : series) {
            c += b ? 1 : 0;
        }
        return c;
    }

    @Test
    void randomLoss_tenPercent_withinBinomialInterval() {
        int n = 100_000;
        boolean[] lost = run(LossModels.create(RandomLoss.of(10), rng(1)), n);
        Stats.assertBinomial("loss 10%", count(lost), n, 0.1);
    }

    @Test
    void randomLoss_zeroAndHundredPercent_neverAndAlways() {
        assertSame(LossModel.NEVER, LossModels.create(RandomLoss.of(0), rng(1)));
        LossModel all = LossModels.create(RandomLoss.of(100), rng(1));
        for (int i = 0; i < 10_000; i++) {
            assertTrue(all.drop());
        }
    }

    @Test
    void randomLoss_withCorrelation_losesFarFewerThanAsked_asNetemDoes() {
        // netem's get_crandom averages each draw with the last, so "loss 10% 50%" loses only about 1%.
        int n = 100_000;
        long lost = count(run(LossModels.create(new RandomLoss(10, 50), rng(2)), n));
        assertTrue(lost < n * 0.03, "lost " + lost);
        assertTrue(lost > 0, "lost " + lost);
    }

    @Test
    void gemodel_simpleGilbert_meanBurstIsOneOverR_andLossShareIsPOverPPlusR() {
        double p = 0.01;
        double r = 0.10;
        int n = 1_000_000;
        boolean[] lost = run(LossModels.create(GeModelLoss.withDefaults(100 * p, 100 * r), rng(3)), n);
        Stats.assertShareOfCorrelated("gemodel 1% 10% loss share", lost, p / (p + r));

        List<Integer> bursts = new ArrayList<>();
        int run = 0;
        for (boolean b : lost) {
            if (b) {
                run++;
            } else if (run > 0) {
                bursts.add(run);
                run = 0;
            }
        }
        double mean = bursts.stream().mapToInt(Integer::intValue).average().orElseThrow();
        // Burst lengths are geometric with mean 1/r and standard deviation sqrt(1 − r)/r.
        double sd = Math.sqrt(1 - r) / r;
        Stats.assertMean("gemodel mean burst length", mean, 1 / r, sd / Math.sqrt(bursts.size()));
    }

    @Test
    void gemodel_onlyP_isIndependentLossWithP() {
        GeModelLoss ge = GeModelLoss.withDefaults(5);
        assertEquals(new GeModelLoss(5, 95, 100, 0), ge);
        int n = 100_000;
        Stats.assertBinomial("gemodel 5%", count(run(LossModels.create(ge, rng(4)), n)), n, 0.05);
    }

    @Test
    void gemodel_fullModel_lossShareMatchesStationaryMix() {
        // p 2%, r 20%, 1-h 60%, 1-k 1%: share = πgood·(1−k) + πbad·(1−h).
        double p = 0.02;
        double r = 0.20;
        double piBad = p / (p + r);
        double expected = (1 - piBad) * 0.01 + piBad * 0.60;
        boolean[] lost = run(LossModels.create(new GeModelLoss(2, 20, 60, 1), rng(5)), 1_000_000);
        Stats.assertShareOfCorrelated("gemodel 2% 20% 60% 1%", lost, expected);
    }

    @Test
    void fourState_stationaryLoss_matchesMarkovChain() {
        StateLoss s = new StateLoss(5, 30, 10, 40, 1);
        boolean[] lost = run(LossModels.create(s, rng(6)), 1_000_000);
        Stats.assertShareOfCorrelated("loss state 5% 30% 10% 40% 1%", lost, stationaryLoss(s));
    }

    @Test
    void fourState_onlyP13_isIndependentLossWithP13() {
        StateLoss s = StateLoss.withDefaults(7);
        assertEquals(new StateLoss(7, 93, 0, 100, 0), s);
        int n = 100_000;
        Stats.assertBinomial("loss state 7%", count(run(LossModels.create(s, rng(7)), n)), n, 0.07);
    }

    /** π3 + π4 of the chain of {@link StateLoss}, by solving πP = π, Σπ = 1. */
    private static double stationaryLoss(StateLoss s) {
        double p13 = s.p13() / 100;
        double p31 = s.p31() / 100;
        double p32 = s.p32() / 100;
        double p23 = s.p23() / 100;
        double p14 = s.p14() / 100;
        double[][] p = {
            {1 - p13 - p14, 0, p13, p14},
            {0, 1 - p23, p23, 0},
            {p31, p32, 1 - p31 - p32, 0},
            {1, 0, 0, 0},
        };
        RealMatrix a = new Array2DRowRealMatrix(4, 4);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                a.setEntry(i, j, p[j][i] - (i == j ? 1 : 0));
            }
        }
        for (int j = 0; j < 4; j++) {
            a.setEntry(3, j, 1);
        }
        RealVector pi = new LUDecomposition(a).getSolver().solve(new ArrayRealVector(new double[] {0, 0, 0, 1}));
        return pi.getEntry(2) + pi.getEntry(3);
    }

    @Test
    void scripted_losesExactlyTheListedCalls() {
        LossModel m = LossModels.create(ScriptedLoss.of(1, 3, 7), rng(8));
        List<Integer> lost = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            if (m.drop()) {
                lost.add(i);
            }
        }
        assertEquals(List.of(1, 3, 7), lost);
    }

    @Test
    void models_sameSeed_sameDecisions() {
        Loss[] parts = {new RandomLoss(20, 25), StateLoss.withDefaults(3, 40, 5, 60, 1),
            GeModelLoss.withDefaults(2, 30, 80, 1)};
        for (Loss l : parts) {
            boolean[] a = run(LossModels.create(l, rng(9)), 10_000);
            boolean[] b = run(LossModels.create(l, rng(9)), 10_000);
            assertTrue(java.util.Arrays.equals(a, b), l.toNetem());
            assertFalse(count(a) == 0, l.toNetem());
        }
    }
}
