package org.udpsim.impairments;

import java.util.Locale;

/**
 * The shape of netem's delay jitter: how the random part of the delay is spread around the mean
 * (tc-netem(8), {@code distribution}).
 *
 * <p>{@link #UNIFORM} is what the kernel uses when no table is loaded, which is what netem does when no
 * distribution is named. The other three are iproute2's tables (netem/normal.c, pareto.c, paretonormal.c),
 * scaled so that the jitter is their spread.
 */
public enum Distribution {
    /** Evenly spread over [delay − jitter, delay + jitter). */
    UNIFORM,
    /** Normal (Gaussian) with the jitter as standard deviation, cut at ±4 jitters as netem's table is. */
    NORMAL,
    /** Pareto with shape 3, shifted and scaled as netem's table: a long tail of late packets. */
    PARETO,
    /** netem's mix of one quarter normal and three quarters Pareto. */
    PARETONORMAL;

    /** The name as written in netem syntax, e.g. {@code normal}. */
    public String netemName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every distribution's netem name, in order. */
    static java.util.List<String> netemNames() {
        return java.util.Arrays.stream(values()).map(Distribution::netemName).toList();
    }

    /** The distribution with this netem name, or null if there is none. */
    static Distribution byNetemName(String name) {
        for (Distribution d : values()) {
            if (d.netemName().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
