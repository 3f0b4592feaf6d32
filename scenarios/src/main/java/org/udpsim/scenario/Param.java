package org.udpsim.scenario;

import java.util.Objects;
import java.util.Optional;

/**
 * One argument a program takes under {@code args:}: its typed key, its type, and either a default, or required, or
 * optional without a default (left out of {@link ProgramArgs} when not given).
 *
 * @param <T> the value's Java type: the key's and the type's, so a table entry that pairs a key with a type of
 *        another kind does not compile
 * @param arg the key under {@code args:}
 * @param type how the value is written and checked
 * @param defaultText the default as a scenario would write it, e.g. {@code 6000}; empty if none
 * @param required true if a scenario must give it
 * @param description one sentence for the documentation and the JSON Schema
 */
public record Param<T>(Arg<T> arg, ArgType<T> type, Optional<String> defaultText, boolean required,
        String description) {
    public Param {
        Objects.requireNonNull(arg, "arg");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultText, "defaultText");
        Objects.requireNonNull(description, "description");
        if (required && defaultText.isPresent()) {
            throw new IllegalArgumentException("argument '" + arg.name() + "' cannot be required and have a default");
        }
        defaultText.ifPresent(d -> type.parse(arg.name(), d));
    }

    /** An argument with a default. */
    static <T> Param<T> withDefault(Arg<T> arg, ArgType<T> type, String defaultText, String description) {
        return new Param<>(arg, type, Optional.of(defaultText), false, description);
    }

    /** An argument a scenario must give. */
    static <T> Param<T> required(Arg<T> arg, ArgType<T> type, String description) {
        return new Param<>(arg, type, Optional.empty(), true, description);
    }

    /** An argument that may be left out and then has no value. */
    static <T> Param<T> optional(Arg<T> arg, ArgType<T> type, String description) {
        return new Param<>(arg, type, Optional.empty(), false, description);
    }

    /** The key's name under {@code args:}, e.g. {@code port}. */
    public String name() {
        return arg.name();
    }

    /** The default as a typed value, if there is one. */
    public Optional<T> defaultValue() {
        return defaultText.map(d -> type.parse(arg.name(), d));
    }

    /** {@code text} read as this argument's value. */
    T parse(String text) {
        return type.parse(arg.name(), text);
    }
}
