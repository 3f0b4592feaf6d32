package org.udpsim.scenario;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?": the closest known word within Levenshtein distance 2. */
public final class Suggest {
    static final int MAX_DISTANCE = 2;

    private Suggest() {
    }

    /**
     * The known word closest to {@code word}, if at most {@link #MAX_DISTANCE} edits away and not a complete
     * rewrite (the distance is less than both lengths); ties go to the first listed.
     */
    public static Optional<String> closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = levenshtein(word, k);
            if (d < bestDistance && d <= MAX_DISTANCE && d < word.length() && d < k.length()) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "; did you mean 'x'?" or "". */
    public static String didYouMean(String word, Collection<String> known) {
        return closest(word, known).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /** Insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
