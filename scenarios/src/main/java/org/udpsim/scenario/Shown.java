package org.udpsim.scenario;

/**
 * A value as a message shows it: whole when short, cut when long, so a two-million-digit seed is shown as
 * {@code 12345…(2000000 digits)} and any other long text as its start and {@code …(N characters)}, never echoed
 * whole. Messages are one line a teacher reads; a value that fills the terminal hides what is wrong with it.
 */
public final class Shown {
    /** The longest value shown whole, in characters (code points). */
    public static final int LONGEST = 40;
    /** A word of a message longer than this is a value that escaped {@link #value}: {@link #cutLongWords} cuts it. */
    static final int LONGEST_WORD = 120;
    private static final int DIGITS_KEPT = 5;
    private static final int CHARACTERS_KEPT = 20;

    private Shown() {
    }

    /** {@code text} whole if at most {@link #LONGEST} characters long, otherwise its start and how long it is. */
    public static String value(String text) {
        return value(text, LONGEST);
    }

    /** {@code text} whole if at most {@code longest} characters long, otherwise its start and how long it is. */
    public static String value(String text, int longest) {
        int length = text.codePointCount(0, text.length());
        if (length <= longest) {
            return text;
        }
        boolean digits = text.chars().allMatch(c -> c >= '0' && c <= '9');
        int kept = Math.min(digits ? DIGITS_KEPT : CHARACTERS_KEPT, longest);
        return text.substring(0, text.offsetByCodePoints(0, kept)) + "…(" + length
                + (digits ? " digits)" : " characters)");
    }

    /**
     * {@code message} with every run of non-blank characters longer than {@link #LONGEST_WORD} cut as
     * {@link #value} cuts it: the last guard of every message path, so a value no reader cut is still not echoed
     * whole.
     */
    public static String cutLongWords(String message) {
        if (message.length() <= LONGEST_WORD) {
            return message;
        }
        StringBuilder out = new StringBuilder(Math.min(message.length(), 1024));
        int i = 0;
        while (i < message.length()) {
            int start = i;
            boolean blank = Character.isWhitespace(message.charAt(i));
            while (i < message.length() && Character.isWhitespace(message.charAt(i)) == blank) {
                i++;
            }
            String run = message.substring(start, i);
            out.append(blank ? run : cutWord(run));
        }
        return out.toString();
    }

    /** A long word, its quotes and punctuation kept around the cut value: {@code '12345…(90 digits)',}. */
    private static String cutWord(String word) {
        if (word.codePointCount(0, word.length()) <= LONGEST_WORD) {
            return word;
        }
        int from = 0;
        int to = word.length();
        while (from < to && "'\"([{".indexOf(word.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && "'\")]},;:.?!".indexOf(word.charAt(to - 1)) >= 0) {
            to--;
        }
        return word.substring(0, from) + value(word.substring(from, to), LONGEST) + word.substring(to);
    }
}
