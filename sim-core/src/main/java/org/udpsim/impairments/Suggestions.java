package org.udpsim.impairments;

import java.util.List;

/** "Did you mean ...?" for a mistyped word: the closest known word by edit distance, if it is close enough. */
final class Suggestions {
    private Suggestions() {
    }

    /** The closest of {@code known} to {@code word} (ties: the first listed), or null if none is close. */
    static String closest(String word, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(word, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        int allowed = word.length() <= 3 ? 1 : 2;
        return bestDistance <= allowed ? best : null;
    }

    /** " (did you mean X?)" or the empty string. */
    static String didYouMean(String word, List<String> known) {
        String s = closest(word, known);
        return s == null ? "" : " (did you mean \"" + s + "\"?)";
    }

    /** Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one each. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
