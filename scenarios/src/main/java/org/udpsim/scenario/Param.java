package org.udpsim.scenario;

import java.util.Objects;
import java.util.Optional;

/**
 * One argument a program takes under {@code args:}: its name, its type, and either a default, or required, or
 * optional without a default (left out of {@link ProgramArgs} when not given).
 *
 * @param name the key under {@code args:}
 * @param type how the value is written and checked
 * @param defaultText the default as a scenario would write it, e.g. {@code 6000}; empty if none
 * @param required true if a scenario must give it
 * @param description one sentence for the documentation and the JSON Schema
 */
public record Param(String name, ArgType type, Optional<String> defaultText, boolean required, String description) {
    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultText, "defaultText");
        Objects.requireNonNull(description, "description");
        if (required && defaultText.isPresent()) {
            throw new IllegalArgumentException("argument '" + name + "' cannot be required and have a default");
        }
        defaultText.ifPresent(d -> type.parse(name, d));
    }

    /** An argument with a default. */
    static Param withDefault(String name, ArgType type, String defaultText, String description) {
        return new Param(name, type, Optional.of(defaultText), false, description);
    }

    /** An argument a scenario must give. */
    static Param required(String name, ArgType type, String description) {
        return new Param(name, type, Optional.empty(), true, description);
    }

    /** An argument that may be left out and then has no value. */
    static Param optional(String name, ArgType type, String description) {
        return new Param(name, type, Optional.empty(), false, description);
    }

    /** The default as a typed value, if there is one. */
    public Optional<Object> defaultValue() {
        return defaultText.map(d -> type.parse(name, d));
    }
}
