package org.udpsim.impairments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One netem option as given: its description, the form used and the values of the parameters given, as netem text
 * writes them ({@code 20ms}, {@code 5%}). Made from netem text by {@link NetemOptions#read(String)}, or from a
 * scenario's structured form; {@link #toNetem()} writes it back.
 *
 * @param option the option
 * @param form the form used, one of the option's
 * @param values parameter name to value as written, in the form's order; only the parameters given
 */
public record GivenOption(NetemOption option, NetemForm form, Map<String, String> values) {
    public GivenOption {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (NetemParam p : form.params()) {
            if (values.containsKey(p.name())) {
                ordered.put(p.name(), values.get(p.name()));
            }
        }
        if (ordered.size() != values.size()) {
            throw new IllegalArgumentException("unknown parameters of " + option.keyword() + ": " + values.keySet());
        }
        values = Collections.unmodifiableMap(ordered);
    }

    /**
     * In netem text: the option's keyword, the form's unless it is the default, the positional values in order and
     * the others after their keywords, e.g. {@code reorder 10% 25% gap 5}. The positional values must be given in
     * order without gaps.
     */
    public String toNetem() {
        List<String> words = new ArrayList<>(List.of(option.keyword()));
        if (form != option.defaultForm()) {
            words.add(form.keyword());
        }
        for (NetemParam p : form.positional()) {
            if (values.containsKey(p.name())) {
                words.add(values.get(p.name()));
            }
        }
        for (NetemParam p : form.params()) {
            if (p.hasKeyword() && values.containsKey(p.name())) {
                words.add(p.keyword());
                words.add(values.get(p.name()));
            }
        }
        return String.join(" ", words);
    }

    /** The same as {@link #toNetem()}. */
    @Override
    public String toString() {
        return toNetem();
    }

    /**
     * The form's words {@code template} ({@link NetemForm.Words}) filled in: {@code {name}} becomes the value of
     * the parameter {@code name} (packet lists with a space after each comma), and a part in {@code [...]} is kept
     * only if every parameter in it is given with a value other than its default.
     */
    public String words(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '[') {
                int end = template.indexOf(']', i);
                String part = template.substring(i + 1, end);
                if (allShown(part)) {
                    out.append(fill(part));
                }
                i = end + 1;
            } else {
                int end = template.indexOf('[', i);
                end = end < 0 ? template.length() : end;
                out.append(fill(template.substring(i, end)));
                i = end;
            }
        }
        return out.toString();
    }

    private boolean allShown(String part) {
        for (String name : names(part)) {
            NetemParam p = form.param(name);
            String v = values.get(name);
            if (v == null || v.equals(p.defaultText())) {
                return false;
            }
        }
        return true;
    }

    private String fill(String part) {
        String s = part;
        for (String name : names(part)) {
            NetemParam p = form.param(name);
            String v = values.getOrDefault(name, "");
            s = s.replace("{" + name + "}", p.kind() == ValueKind.PACKET_LIST ? v.replace(",", ", ") : v);
        }
        return s;
    }

    private List<String> names(String part) {
        List<String> names = new ArrayList<>();
        int i = part.indexOf('{');
        while (i >= 0) {
            int end = part.indexOf('}', i);
            String name = part.substring(i + 1, end);
            if (form.param(name) == null) {
                throw new IllegalStateException("the words of " + option.keyword() + " name no parameter " + name);
            }
            names.add(name);
            i = part.indexOf('{', end);
        }
        return names;
    }
}
