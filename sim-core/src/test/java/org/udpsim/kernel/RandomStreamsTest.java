package org.udpsim.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static double[] draws(RandomStreams streams, String name, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = streams.stream(name).nextDouble();
        }
        return out;
    }

    @Test
    void stream_sameSeedAndName_givesSameDraws() {
        assertArrayEquals(draws(new RandomStreams(7), "hop:a->b/loss", 100), draws(new RandomStreams(7), "hop:a->b/loss", 100));
    }

    @Test
    void stream_otherNameOrSeed_givesOtherDraws() {
        double[] base = draws(new RandomStreams(7), "hop:a->b/loss", 20);
        assertFalse(Arrays.equals(base, draws(new RandomStreams(7), "hop:b->a/loss", 20)));
        assertFalse(Arrays.equals(base, draws(new RandomStreams(8), "hop:a->b/loss", 20)));
    }

    @Test
    void stream_drawsOfOneStream_doNotDependOnOtherStreamsInUse() {
        RandomStreams alone = new RandomStreams(3);
        double[] expected = draws(alone, "x", 50);
        RandomStreams busy = new RandomStreams(3);
        double[] got = new double[50];
        for (int i = 0; i < 50; i++) {
            busy.stream("other-" + i).nextDouble();
            got[i] = busy.stream("x").nextDouble();
        }
        assertArrayEquals(expected, got);
    }

    @Test
    void stream_sameNameTwice_isTheSameStream() {
        RandomStreams s = new RandomStreams(1);
        assertSame(s.stream("a"), s.stream("a"));
    }
}
