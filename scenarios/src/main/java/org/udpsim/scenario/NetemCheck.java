package org.udpsim.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks netem option text (an impairment's {@code netem:}, an access point's {@code radio:}), so a mistake is
 * reported at its line before anything runs. The seam to {@code org.udpsim.impairments}' parser: until that package
 * is on this branch, a shallow check of the option words stands in for it; afterwards this calls the parser and
 * reports its message, which names the option.
 */
final class NetemCheck {
    private static final List<String> OPTIONS = List.of("limit", "delay", "latency", "loss", "drop", "duplicate",
            "corrupt", "reorder", "gap", "rate", "distribution", "ecn", "seed", "slot");
    private static final List<String> VALUE_WORDS = List.of("random", "state", "gemodel", "script", "uniform",
            "normal", "pareto", "paretonormal", "p13", "p31", "p32", "p23", "p14", "p", "r", "1-h", "1-k");

    private NetemCheck() {
    }

    /** What is wrong with {@code options}, or empty if they are netem options this version accepts. */
    static Optional<String> problem(String options) {
        String t = options.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String[] words = t.split("\\s+");
        if (!isOption(words[0])) {
            return Optional.of(unknown(words[0]));
        }
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (!isOption(lw) && !VALUE_WORDS.contains(lw) && !Character.isDigit(lw.charAt(0)) && lw.charAt(0) != '.'
                    && lw.charAt(0) != '-' && lw.charAt(0) != ',') {
                return Optional.of(unknown(w));
            }
        }
        return Optional.empty();
    }

    private static boolean isOption(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return OPTIONS.stream().anyMatch(o -> o.startsWith(w));
    }

    private static String unknown(String word) {
        return "unknown netem option '" + word + "'" + Suggest.didYouMean(word.toLowerCase(Locale.ROOT), OPTIONS)
                + " (options: " + String.join(", ", OPTIONS) + ")";
    }
}
