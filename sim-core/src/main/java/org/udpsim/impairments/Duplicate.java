package org.udpsim.impairments;

/**
 * netem's {@code duplicate PERCENT [CORRELATION]}: the share of packets sent twice (tc-netem(8)).
 *
 * <p>The copy gets a new packet id and goes through the rest of the impairments on its own (its own loss,
 * corruption and delay), but is never duplicated again, as in sch_netem.c.
 *
 * @param percent the share of packets duplicated, 0 to 100
 * @param correlationPercent how much each draw leans on the previous one
 */
public record Duplicate(double percent, double correlationPercent) {
    /** No duplication. */
    public static final Duplicate NONE = new Duplicate(0, 0);

    public Duplicate {
        Checks.percent("duplicate", percent);
        Checks.percent("duplicate correlation", correlationPercent);
    }

    public boolean isNone() {
        return percent == 0;
    }

    /** In netem syntax, e.g. {@code duplicate 1%}; empty if none. */
    public String toNetem() {
        return PercentOption.toNetem("duplicate", percent, correlationPercent);
    }
}
