package org.udpsim.kernel;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Independent random streams, each derived from the simulation's seed and a stable component name such as
 * {@code "hop:client->router/loss"}.
 *
 * <p>A stream depends only on (seed, name): adding a board never changes another hop's draws, and two runs that
 * differ only in their transport see the same draws on the same hops (common random numbers).
 */
public final class RandomStreams {
    private final long seed;
    private final Map<String, RandomGenerator> streams = new HashMap<>();

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The stream of this name, created on first use; later calls with the same name return the same stream. */
    public RandomGenerator stream(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a random stream needs a name");
        }
        return streams.computeIfAbsent(name, n -> new Well19937c(seedMaterial(seed, n)));
    }

    /** The generator's seed words for (seed, name): FNV-1a of the name, mixed with the seed by SplitMix64. */
    static int[] seedMaterial(long seed, String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        long state = seed ^ Long.rotateLeft(h, 29);
        int[] words = new int[8];
        for (int i = 0; i < words.length; i += 2) {
            state += 0x9e3779b97f4a7c15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            z ^= z >>> 31;
            words[i] = (int) z;
            words[i + 1] = (int) (z >>> 32);
        }
        return words;
    }
}
