package org.udpsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the command line changes in a scenario file before it is checked: {@code --seed N}, {@code --duration T}
 * and any number of {@code --set PATH=VALUE}, applied in that order (a later {@code --set} wins).
 *
 * <p>PATH is dotted, with list entries by number from 0: {@code boards.client.start=2s},
 * {@code impairments.0.netem=loss 10%}, {@code network.access_points.classroom.retries=3}. VALUE is read as text,
 * or as YAML when it starts with {@code [}, <code>{</code> or a quote, e.g. {@code network.links.0.between=[a, b]}.
 *
 * @param seed replaces {@code seed:}
 * @param duration replaces {@code duration:}, as written on the command line (e.g. {@code 10s})
 * @param sets {@code PATH=VALUE} strings, in command-line order
 */
public record Overrides(OptionalLong seed, Optional<String> duration, List<String> sets) {
    /** No override: the file as written. */
    public static final Overrides NONE = new Overrides(OptionalLong.empty(), Optional.empty(), List.of());

    public Overrides {
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(duration, "duration");
        sets = List.copyOf(sets);
    }

    /** These overrides with {@code --seed seed}. */
    public Overrides withSeed(long s) {
        return new Overrides(OptionalLong.of(s), duration, sets);
    }

    /** These overrides with {@code --duration text}. */
    public Overrides withDuration(String text) {
        return new Overrides(seed, Optional.of(text), sets);
    }

    /** These overrides with one more {@code --set PATH=VALUE}. */
    public Overrides withSet(String pathEqualsValue) {
        List<String> more = new ArrayList<>(sets);
        more.add(Objects.requireNonNull(pathEqualsValue, "set"));
        return new Overrides(seed, duration, more);
    }

    /** True if nothing is overridden. */
    public boolean isEmpty() {
        return seed.isEmpty() && duration.isEmpty() && sets.isEmpty();
    }
}
