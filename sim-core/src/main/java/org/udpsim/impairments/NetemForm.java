package org.udpsim.impairments;

import java.util.List;

/**
 * One way of writing a netem option: {@code loss} has the forms {@code random}, {@code gemodel}, {@code state} and
 * {@code script}; most options have one form. The first form of an option is its default: its keyword may be left
 * out ({@code loss 5%} is {@code loss random 5%}), and in a scenario's structured form its parameters sit right
 * under the option ({@code loss: {percent: 5%}}) while the other forms are keys of their own
 * ({@code loss: {gemodel: {p: 1%}}}).
 *
 * @param keyword the word after the option's, e.g. {@code gemodel}; empty for an option with one form
 * @param params the parameters in netem's order: positional ones first, then those with a keyword
 * @param meaning what the form does, in a few words, without a final full stop; empty for an option's only form
 * @param words what it does in a report, in English and Chinese: a template where {@code {name}} is a parameter's
 *     value and a part in {@code [...]} is shown only if all its parameters are given and not their defaults
 */
public record NetemForm(String keyword, List<NetemParam> params, String meaning, Words words) {
    public NetemForm {
        params = List.copyOf(params);
    }

    /**
     * A form's words for a teacher, one template per language; see {@link NetemForm#words()} and
     * {@link GivenOption#words(String)}.
     *
     * @param en in English, e.g. {@code loses {percent} of packets at random}
     * @param zh in Chinese
     */
    public record Words(String en, String zh) {
    }

    static NetemForm of(String keyword, String meaning, Words words, NetemParam... params) {
        return new NetemForm(keyword, List.of(params), meaning, words);
    }

    /** The parameters written in their position, in order. */
    public List<NetemParam> positional() {
        return params.stream().filter(p -> !p.hasKeyword()).toList();
    }

    /** The parameter called {@code name}, or null. */
    public NetemParam param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** The parameter written after the keyword {@code word}, or null. */
    NetemParam paramWithKeyword(String word) {
        return params.stream().filter(p -> p.keyword().equals(word)).findFirst().orElse(null);
    }

    /** The form in a usage line, after the option's keyword: {@code gemodel P [R [1-H [1-K]]]}. */
    String usage(boolean isDefault) {
        StringBuilder sb = new StringBuilder();
        if (!keyword.isEmpty()) {
            sb.append(isDefault ? "[" + keyword + "]" : keyword);
        }
        StringBuilder tail = new StringBuilder();
        int open = 0;
        for (NetemParam p : positional()) {
            if (p.required()) {
                sb.append(sb.isEmpty() ? "" : " ").append(p.usage());
            } else {
                tail.append(" [").append(p.usage());
                open++;
            }
        }
        sb.append(tail).append("]".repeat(open));
        for (NetemParam p : params) {
            if (p.hasKeyword()) {
                sb.append(p.required() ? " " + p.usage() : " [" + p.usage() + "]");
            }
        }
        return sb.toString();
    }
}
