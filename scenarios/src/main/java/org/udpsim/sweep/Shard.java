package org.udpsim.sweep;

/**
 * One part of a sweep, {@code K/N}: the runs whose number modulo N is K-1. The N shards together run every run
 * once, on as many machines as there are shards.
 */
public record Shard(int index, int count) {
    /** The whole sweep. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard must be K/N with 1 <= K <= N, got " + index + "/" + count);
        }
    }

    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--shard must be K/N, e.g. 3/8, got '" + text + "'");
    }

    /** True if run number {@code run} belongs to this shard. */
    public boolean owns(int run) {
        return run % count == index - 1;
    }

    public boolean isAll() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
