package org.udpsim.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Named figures of one thing in a run (a protocol's flows, a board), read by teaching points as properties:
 * {@code flow('udp').lost}. An unknown name is an error that lists the known ones, so a misspelt figure is caught
 * before anything runs.
 */
public abstract class Figures {
    private final String what;
    private final String functions;
    private final Map<String, Supplier<Object>> figures = new LinkedHashMap<>();

    /**
     * @param functions the functions this thing also offers, as a teacher writes them (e.g.
     *     {@code printed('text')}), for the message about an unknown name; empty if none
     */
    Figures(String what, String functions) {
        this.what = what;
        this.functions = functions;
    }

    /** Declares a figure; the supplier is read when an expression asks for it. */
    final void figure(String name, Supplier<Object> value) {
        figures.put(name, value);
    }

    /** The figure {@code name}, as JEXL's property access asks for it. */
    public final Object get(String name) {
        Supplier<Object> f = figures.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown figure '" + name + "' of " + what + "; figures are "
                    + String.join(", ", figures.keySet()) + (functions.isEmpty() ? "" : "; functions are " + functions));
        }
        return f.get();
    }

    /** The names of the figures, in documentation order. */
    public final Iterable<String> names() {
        return figures.keySet();
    }

    @Override
    public String toString() {
        return what;
    }
}
