package org.udpsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.udpsim.packet.Protocol;

/**
 * The arguments a program runs with: what the scenario gave, checked against the {@link Program} table, with the
 * table's defaults filled in. Read with the table's typed keys ({@code args.get(Arg.PORT)} is an {@code Integer});
 * an optional argument without a default that was not given is absent. Immutable: {@link #with(Arg, Object)} gives
 * a copy.
 */
public final class ProgramArgs {
    /** No arguments: a {@code .py} program's, and the start of building others. */
    public static final ProgramArgs NONE = new ProgramArgs(Map.of());

    /** Key to value, in the order they were added (the loader adds them in table order). */
    private final Map<Arg<?>, Object> values;

    private ProgramArgs(Map<Arg<?>, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** These arguments with {@code arg} set to {@code value} (replacing its value, if it had one). */
    public <T> ProgramArgs with(Arg<T> arg, T value) {
        Objects.requireNonNull(arg, "arg");
        Objects.requireNonNull(value, () -> "the value of " + arg.name());
        Map<Arg<?>, Object> v = new LinkedHashMap<>(values);
        v.put(arg, value);
        return new ProgramArgs(v);
    }

    /**
     * The value of {@code arg}: for an argument the program's table gives a default or requires.
     *
     * @throws IllegalArgumentException if it has none, naming the arguments there are
     */
    public <T> T get(Arg<T> arg) {
        return optional(arg).orElseThrow(() -> new IllegalArgumentException("no argument '" + arg.name()
                + "'; arguments are " + values().keySet()));
    }

    /** The value of {@code arg}, if set: for an optional argument without a default. */
    public <T> Optional<T> optional(Arg<T> arg) {
        return Optional.ofNullable(values.get(arg)).map(arg.type()::cast);
    }

    /** True if {@code arg} has a value. */
    public boolean has(Arg<?> arg) {
        return values.containsKey(arg);
    }

    /** Every value by its argument's name, in order; unmodifiable. */
    public Map<String, Object> values() {
        Map<String, Object> byName = new LinkedHashMap<>();
        values.forEach((k, v) -> byName.put(k.name(), v));
        return Collections.unmodifiableMap(byName);
    }

    /** These arguments with {@code protocol} set, for the programs that take one; others are returned as they are. */
    public ProgramArgs withProtocol(Program program, Protocol protocol) {
        return program.takes(Arg.PROTOCOL) ? with(Arg.PROTOCOL, protocol.requireTransport()) : this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgramArgs other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@code {port=6000, every=2000000000}}, for messages and test failures. */
    @Override
    public String toString() {
        return values().toString();
    }
}
