package org.udpsim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.udpsim.check.Figures;
import org.udpsim.check.RunFacts;
import org.udpsim.check.ScenarioCheck;
import org.udpsim.packet.Protocol;
import org.udpsim.scenario.Scenario;

/**
 * Runs a sweep's runs on a number of threads. Each run is measured per protocol: by its message streams (what the
 * applications saw) when it has any, else by its packets. Each run is independent and deterministic given (scenario, point,
 * replication), and the results are gathered by run number, so one job or eight, sharded or not, give the same
 * items in the same order.
 */
public final class SweepRunner {
    /**
     * The protocols a sweep reports, when the run carried any of their packets: the transports, by the names its
     * items and files use.
     */
    static final List<String> PROTOCOLS = Protocol.TRANSPORTS.stream().map(Protocol::label).toList();

    private SweepRunner() {
    }

    /** Runs this shard's runs of {@code plan} on {@code jobs} threads; the items are in run order. */
    public static List<SweepItem> run(SweepPlan plan, int jobs, Shard shard, Progress progress) {
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1, was " + jobs);
        }
        List<Integer> mine = new ArrayList<>();
        for (int run = 0; run < plan.runs(); run++) {
            if (shard.owns(run)) {
                mine.add(run);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "udpsim-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<SweepItem>>> futures = new ArrayList<>();
            for (int run : mine) {
                futures.add(pool.submit(() -> {
                    List<SweepItem> items = measure(plan, run);
                    progress.runDone();
                    return items;
                }));
            }
            List<SweepItem> all = new ArrayList<>();
            for (Future<List<SweepItem>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one run and measures each protocol it carried. */
    static List<SweepItem> measure(SweepPlan plan, int run) {
        int point = run / plan.replications();
        int replication = run % plan.replications();
        Scenario s = plan.scenario(point);
        RunFacts facts = ScenarioCheck.facts(s.withSeed(s.seed() + replication));
        List<SweepItem> items = new ArrayList<>();
        for (String protocol : PROTOCOLS) {
            Figures messages = facts.messages(protocol);
            Figures packets = facts.flow(protocol);
            Figures f = number(messages, "sent") > 0 ? messages : packets;
            if (number(f, "sent") > 0) {
                items.add(new SweepItem(point, replication, protocol, number(f, "delivered_share"),
                        number(f, "in_order_share"), number(f, "delay_ms_median"), number(f, "first_delivery_ms")));
            }
        }
        return items;
    }

    private static double number(Figures f, String figure) {
        return ((Number) f.get(figure)).doubleValue();
    }
}
