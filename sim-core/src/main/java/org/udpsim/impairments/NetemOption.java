package org.udpsim.impairments;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One netem option as udpsim describes it: its keyword, its forms with their parameters, and its words, so that a
 * scenario's structured form, the scenario schema, the scenario format's table and the report's words are made from
 * it. The list of all is {@link NetemOptions#ALL}.
 *
 * @param keyword the option's word in netem text, e.g. {@code delay}
 * @param meaning what it does, in a few words for a teacher, without a final full stop
 * @param note a condition to mention, e.g. {@code needs a delay}; empty if none
 * @param examples netem text using the option, e.g. {@code delay 20ms 10ms 25% distribution normal}; each is
 *     checked to parse
 * @param forms the ways to write it; the first is the default
 */
public record NetemOption(String keyword, String meaning, String note, List<String> examples,
        List<NetemForm> forms) {
    public NetemOption {
        examples = List.copyOf(examples);
        forms = List.copyOf(forms);
        if (forms.isEmpty()) {
            throw new IllegalArgumentException(keyword + " needs a form");
        }
    }

    /** The form written when no form keyword follows the option's. */
    public NetemForm defaultForm() {
        return forms.get(0);
    }

    /** The form with this keyword, or null. */
    public NetemForm form(String formKeyword) {
        return forms.stream().filter(f -> !f.keyword().isEmpty() && f.keyword().equals(formKeyword)).findFirst()
                .orElse(null);
    }

    /** True if the option is one value and nothing else, such as {@code limit 50}. */
    public boolean isSingleValue() {
        return forms.size() == 1 && defaultForm().params().size() == 1;
    }

    /** The option's usage, e.g. {@code delay TIME [JITTER [CORRELATION]] [distribution uniform|normal]}. */
    public String usage() {
        return forms.stream().map(f -> keyword + " " + f.usage(f == defaultForm()))
                .collect(Collectors.joining(" | "));
    }
}
