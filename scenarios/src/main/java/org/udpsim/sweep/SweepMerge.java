package org.udpsim.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Joins the folders of a sweep's shards into the folder one machine would have written: the same items in run
 * order, the same rows, the shard {@code 1/1}. The folders must be every shard of one sweep, each once.
 */
public final class SweepMerge {
    private SweepMerge() {
    }

    public static void merge(List<Path> shardDirs, Path out) throws IOException {
        if (shardDirs.isEmpty()) {
            throw new IllegalArgumentException("merge needs the folders of a sweep's shards");
        }
        TreeMap<Integer, Path> byShard = new TreeMap<>();
        SweepFiles.Meta first = null;
        List<SweepItem> items = new ArrayList<>();
        for (Path dir : shardDirs) {
            SweepFiles.Meta m = SweepFiles.readMeta(dir);
            if (first == null) {
                first = m;
            } else if (!first.sameSweep(m)) {
                throw new IllegalArgumentException(dir + " is from another sweep than " + shardDirs.get(0)
                        + " (scenario, command, seed, replications, variations and shard count must match)");
            }
            Path twice = byShard.put(m.shard().index(), dir);
            if (twice != null) {
                throw new IllegalArgumentException(dir + " and " + twice + " are both shard " + m.shard());
            }
            items.addAll(SweepFiles.readItems(dir));
        }
        if (byShard.size() != first.shard().count()) {
            List<Integer> missing = new ArrayList<>();
            for (int k = 1; k <= first.shard().count(); k++) {
                if (!byShard.containsKey(k)) {
                    missing.add(k);
                }
            }
            throw new IllegalArgumentException("shards " + missing + " of " + first.shard().count() + " are missing");
        }
        int replications = first.replications();
        items.sort(Comparator.comparingInt((SweepItem i) -> i.point() * replications + i.replication())
                .thenComparingInt(i -> SweepRunner.PROTOCOLS.indexOf(i.protocol())));
        SweepFiles.Meta whole = first.withShard(Shard.ALL);
        SweepFiles.write(out, whole, Variation.grid(first.variations()), items);
    }
}
