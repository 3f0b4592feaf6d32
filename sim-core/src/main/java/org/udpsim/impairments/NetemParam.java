package org.udpsim.impairments;

import java.util.List;
import java.util.Locale;

/**
 * One parameter of a netem option's form, as netem text writes it: positional ({@code delay 20ms 10ms}: time,
 * then jitter) or after its own keyword ({@code reorder 10% gap 5}). Optional positional parameters are given in
 * order without gaps, as tc reads them.
 *
 * @param name the parameter's name: its key in the structured form of a scenario, e.g. {@code jitter}
 * @param kind the kind of value
 * @param required true if the form needs it
 * @param keyword the word written before the value, e.g. {@code gap}; empty for a positional parameter
 * @param metavar how a usage line names the value, e.g. {@code JITTER}
 * @param min the smallest whole number ({@link ValueKind#WHOLE} only)
 * @param max the largest whole number ({@link ValueKind#WHOLE} only)
 * @param choices the words allowed ({@link ValueKind#WORD} only)
 * @param defaultText the value netem uses when the parameter is not given, as written; empty if it depends on
 *     other values or there is none
 * @param meaning what it is, in a few words for a teacher, without a final full stop, e.g. {@code The mean delay}
 */
public record NetemParam(String name, ValueKind kind, boolean required, String keyword, String metavar, long min,
        long max, List<String> choices, String defaultText, String meaning) {
    public NetemParam {
        choices = List.copyOf(choices);
    }

    static NetemParam of(ValueKind kind, String name, String meaning) {
        return new NetemParam(name, kind, false, "", name.toUpperCase(Locale.ROOT), 0, 0, List.of(), "", meaning);
    }

    static NetemParam percent(String name, String meaning) {
        return of(ValueKind.PERCENT, name, meaning);
    }

    static NetemParam time(String name, String meaning) {
        return of(ValueKind.TIME, name, meaning);
    }

    static NetemParam rate(String name, String meaning) {
        return of(ValueKind.RATE, name, meaning);
    }

    static NetemParam whole(String name, long min, long max, String meaning) {
        return new NetemParam(name, ValueKind.WHOLE, false, "", name.toUpperCase(Locale.ROOT), min, max, List.of(),
                "", meaning);
    }

    static NetemParam word(String name, List<String> choices, String meaning) {
        return new NetemParam(name, ValueKind.WORD, false, "", name.toUpperCase(Locale.ROOT), 0, 0, choices, "",
                meaning);
    }

    static NetemParam packetList(String name, String meaning) {
        return of(ValueKind.PACKET_LIST, name, meaning).withMetavar("N,N,...");
    }

    NetemParam asRequired() {
        return new NetemParam(name, kind, true, keyword, metavar, min, max, choices, defaultText, meaning);
    }

    /** This parameter written after {@code word}, e.g. {@code gap 5}. */
    NetemParam afterKeyword(String word) {
        return new NetemParam(name, kind, required, word, metavar, min, max, choices, defaultText, meaning);
    }

    NetemParam withMetavar(String m) {
        return new NetemParam(name, kind, required, keyword, m, min, max, choices, defaultText, meaning);
    }

    NetemParam byDefault(String text) {
        return new NetemParam(name, kind, required, keyword, metavar, min, max, choices, text, meaning);
    }

    /** True if the value is written after its own keyword rather than in its position. */
    public boolean hasKeyword() {
        return !keyword.isEmpty();
    }

    /** The parameter in a usage line: {@code JITTER}, {@code gap DISTANCE}, {@code distribution uniform|normal}. */
    String usage() {
        String value = kind == ValueKind.WORD ? String.join("|", choices) : metavar;
        return hasKeyword() ? keyword + " " + value : value;
    }
}
