package org.udpsim.impairments;

import java.util.ArrayList;
import java.util.List;

/**
 * The impairments of one hop direction in netem's terms: what {@code tc qdisc add dev X root netem ...} sets up
 * (tc-netem(8)). Immutable and checked when built; parts that are not used are their {@code NONE} values.
 *
 * <p>Read one from netem syntax with {@link #parse(String)} (or {@link NetemParser#parse(String)} to get the
 * parser's warnings too), write it back with {@link #toNetem()}; reading what was written gives an equal spec.
 * {@link ImpairmentChain} applies it to packets in netem's order.
 *
 * @param delay how long packets wait, with jitter; {@link Delay#NONE} for none
 * @param loss which packets are lost; {@link Loss#NONE} for none
 * @param duplicate which packets are sent twice
 * @param corrupt which packets get a bit flipped
 * @param reorder which packets skip the delay; needs a delay
 * @param rate the link's speed; {@link Rate#NONE} for unlimited
 * @param limit how many packets the hop may hold (waiting out delay, rate or slot); netem's default is 1000
 * @param slot when packets may leave: in slots, as a bursty medium sends; {@link Slot#NONE} for at once
 */
public record NetemSpec(Delay delay, Loss loss, Duplicate duplicate, Corrupt corrupt, Reorder reorder, Rate rate,
        int limit, Slot slot) {
    /** netem's default {@code limit}, in packets (q_netem.c). */
    public static final int DEFAULT_LIMIT = 1000;

    /** No impairment at all: packets pass at once. */
    public static final NetemSpec NONE = new NetemSpec(Delay.NONE, Loss.NONE, Duplicate.NONE, Corrupt.NONE,
            Reorder.NONE, Rate.NONE, DEFAULT_LIMIT);

    public NetemSpec {
        if (delay == null || loss == null || duplicate == null || corrupt == null || reorder == null
                || rate == null || slot == null) {
            throw new NetemException("netem", "every part of a netem spec must be given; use the part's NONE value");
        }
        Checks.atLeast("limit", 0, limit);
        if (!reorder.isNone() && delay.timeNanos() == 0) {
            throw new NetemException("reorder", "reorder needs a delay: it sends some packets at once so that they"
                    + " overtake the others, which wait out the delay, e.g. \"delay 10ms reorder 25%\"");
        }
    }

    /** A spec without slots. */
    public NetemSpec(Delay delay, Loss loss, Duplicate duplicate, Corrupt corrupt, Reorder reorder, Rate rate,
            int limit) {
        this(delay, loss, duplicate, corrupt, reorder, rate, limit, Slot.NONE);
    }

    /** Reads netem options as written after {@code tc qdisc add dev X root netem}; see {@link NetemParser}. */
    public static NetemSpec parse(String options) {
        return NetemParser.parse(options).spec();
    }

    public NetemSpec withDelay(Delay d) {
        return new NetemSpec(d, loss, duplicate, corrupt, reorder, rate, limit, slot);
    }

    public NetemSpec withLoss(Loss l) {
        return new NetemSpec(delay, l, duplicate, corrupt, reorder, rate, limit, slot);
    }

    /**
     * This spec without its loss part: for a medium that applies the loss itself, per transmission attempt (the
     * WiFi radio retries a unicast frame up to 7 times, drawing the loss for each try).
     */
    public NetemSpec withoutLoss() {
        return withLoss(Loss.NONE);
    }

    public NetemSpec withDuplicate(Duplicate d) {
        return new NetemSpec(delay, loss, d, corrupt, reorder, rate, limit, slot);
    }

    public NetemSpec withCorrupt(Corrupt c) {
        return new NetemSpec(delay, loss, duplicate, c, reorder, rate, limit, slot);
    }

    public NetemSpec withReorder(Reorder r) {
        return new NetemSpec(delay, loss, duplicate, corrupt, r, rate, limit, slot);
    }

    public NetemSpec withRate(Rate r) {
        return new NetemSpec(delay, loss, duplicate, corrupt, reorder, r, limit, slot);
    }

    public NetemSpec withLimit(int packets) {
        return new NetemSpec(delay, loss, duplicate, corrupt, reorder, rate, packets, slot);
    }

    public NetemSpec withSlot(Slot s) {
        return new NetemSpec(delay, loss, duplicate, corrupt, reorder, rate, limit, s);
    }

    /** True if packets wait in the hop (a delay, jitter, rate or slot); otherwise they pass at once. */
    public boolean holdsPackets() {
        return !delay.isNone() || !rate.isNone() || !slot.isNone();
    }

    /**
     * Settings netem accepts but that surprise people, each a sentence for the teacher, in a fixed order. Empty if
     * nothing is surprising. The parser adds warnings about how the line was written.
     */
    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        if (delay.jitterNanos() > delay.timeNanos()) {
            w.add(delay.toNetem() + ": the jitter is larger than the delay, so some drawn delays fall below zero and"
                    + " those packets are sent at once; the mean delay is then more than "
                    + NetemFormat.time(delay.timeNanos()));
        }
        if (delay.correlationPercent() > 0) {
            w.add(delay.toNetem() + ": netem's correlation averages each random draw with the previous one, which"
                    + " also narrows the jitter: delays spread less than ±" + NetemFormat.time(delay.jitterNanos()));
        }
        if (loss instanceof RandomLoss r && r.correlationPercent() > 0) {
            w.add(r.toNetem() + ": netem deprecates loss correlation: averaging each draw with the previous one"
                    + " narrows the draws, so far fewer than " + NetemFormat.percent(r.percent()) + " of packets are"
                    + " lost; for bursts of losses use \"loss gemodel\"");
        }
        correlationWarning(w, duplicate.toNetem(), duplicate.correlationPercent(), duplicate.percent());
        correlationWarning(w, corrupt.toNetem(), corrupt.correlationPercent(), corrupt.percent());
        correlationWarning(w, reorder.toNetem(), reorder.correlationPercent(), reorder.percent());
        if (!duplicate.isNone() && !rate.isNone()) {
            w.add(duplicate.toNetem() + " with " + rate.toNetem() + ": every copy also takes its own transmission"
                    + " time at the rate, so duplicates delay the packets behind them");
        }
        if (!slot.isNone() && !reorder.isNone()) {
            w.add(slot.toNetem() + " with " + reorder.toNetem() + ": the packets reorder sends at once skip the"
                    + " slots, as in netem");
        }
        if (limit == 0) {
            w.add("limit 0: the hop may hold no packet, so every packet is dropped");
        }
        return w;
    }

    private static void correlationWarning(List<String> w, String option, double correlation, double percent) {
        if (correlation > 0 && percent > 0) {
            w.add(option + ": netem's correlation averages each draw with the previous one, which narrows the draws,"
                    + " so the share that actually happens is not " + NetemFormat.percent(percent));
        }
    }

    /**
     * This spec in netem syntax, e.g. {@code delay 20ms 10ms loss 20% reorder 10%}; empty for {@link #NONE}.
     * Parts are written in a fixed order, each only if used; {@code limit} only if not the default.
     */
    public String toNetem() {
        StringBuilder sb = new StringBuilder();
        append(sb, delay.toNetem());
        append(sb, loss.toNetem());
        append(sb, duplicate.toNetem());
        append(sb, corrupt.toNetem());
        append(sb, reorder.toNetem());
        append(sb, rate.toNetem());
        append(sb, slot.toNetem());
        if (limit != DEFAULT_LIMIT) {
            append(sb, "limit " + limit);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (!part.isEmpty()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(part);
        }
    }

    /** The same as {@link #toNetem()}. */
    @Override
    public String toString() {
        return toNetem();
    }
}
