package org.udpsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.udpsim.packet.Ipv4Address;

/**
 * The arguments a program runs with: what the scenario gave, checked against the {@link Program} table, with the
 * table's defaults filled in. Values have the Java type of their {@link ArgType}; an optional argument without a
 * default that was not given is absent.
 *
 * @param values argument name to value, in the program's table order
 */
public record ProgramArgs(Map<String, Object> values) {
    public ProgramArgs {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
    }

    /** The program's defaults alone. */
    public static ProgramArgs defaults(Program program) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (Param p : program.params()) {
            p.defaultValue().ifPresent(d -> v.put(p.name(), d));
        }
        return new ProgramArgs(v);
    }

    /** The value of {@code name}, if set. */
    public Optional<Object> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** True if {@code name} has a value. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** An {@link ArgType#PORT}, {@link ArgType#PAYLOAD_SIZE} argument. */
    public int integer(String name) {
        return (Integer) required(name);
    }

    /** An {@link ArgType#IPV4} argument. */
    public Ipv4Address address(String name) {
        return (Ipv4Address) required(name);
    }

    /** An {@link ArgType#ENDPOINT} argument. */
    public Endpoint endpoint(String name) {
        return (Endpoint) required(name);
    }

    /** A {@link ArgType#DURATION} or {@link ArgType#INTERVAL} argument, in nanoseconds. */
    public long nanos(String name) {
        return (Long) required(name);
    }

    /** A {@link ArgType#COUNT} argument, which may be absent. */
    public Optional<Long> count(String name) {
        return get(name).map(Long.class::cast);
    }

    private Object required(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no argument '" + name + "'; arguments are " + values.keySet());
        }
        return v;
    }

    /** These arguments with {@code protocol} set, for the programs that take one; others are returned as they are. */
    public ProgramArgs withProtocol(Program program, String protocol) {
        if (program.param("protocol").isEmpty()) {
            return this;
        }
        Map<String, Object> v = new LinkedHashMap<>(values);
        v.put("protocol", protocol);
        return new ProgramArgs(v);
    }
}
