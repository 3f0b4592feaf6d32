package org.udpsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.run.JavaPorts;
import org.udpsim.scenario.Overrides;
import org.udpsim.scenario.ScenarioException;

class SweepTest {
    /** The lossy-WiFi lesson with the Java ports of its programs: the sweeps run it about fifty times. */
    private static Path lossy;

    @TempDir
    Path tmp;

    @BeforeAll
    static void portTheLesson(@TempDir Path lessons) throws IOException {
        lossy = JavaPorts.copy(Path.of("lessons/10.4-udp-lossy-wifi.yaml"), lessons);
    }

    private static SweepPlan plan(int replications) {
        return new SweepPlan(lossy, Overrides.NONE.withDuration("8s"),
                List.of(Variation.parse("network.access_points.classroom.retries=0..2:1")), replications);
    }

    private static Progress quiet(int total) {
        return new Progress(new PrintWriter(new StringWriter()), false, total);
    }

    @Test
    void variation_percentSteps_areExactAndKeepTheirUnit() {
        Variation v = Variation.parse("impairments.0.loss=0%..50%:5%");
        assertEquals("impairments.0.loss", v.path());
        assertEquals(List.of("0%", "5%", "10%", "15%", "20%", "25%", "30%", "35%", "40%", "45%", "50%"), v.values());
        assertEquals(List.of("0.1", "0.2", "0.3"), Variation.parse("x=0.1..0.3:0.1").values(), "no drift");
    }

    @Test
    void variation_malformed_saysWhatIsExpected() {
        for (String bad : new String[] {"loss=0..50", "loss=50..0:5", "loss=0..50:0", "loss=0%..50ms:5%", "=0..1:1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Variation.parse(bad));
            assertTrue(e.getMessage().startsWith("--vary " + bad + ": "), e.getMessage());
        }
    }

    @Test
    void plan_fewerThanTwoReplications_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan(1));
        assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
    }

    @Test
    void plan_aValueTheScenarioRefuses_isReportedBeforeAnythingRuns() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new SweepPlan(lossy, Overrides.NONE,
                List.of(Variation.parse("network.access_points.classroom.retries=254..257:1")), 2));
        assertEquals(1, e.problems().size(), "once for the variation, not once per point: " + e.problems());
        assertTrue(e.problems().get(0).toString().startsWith("--vary network.access_points.classroom.retries=256: "),
                e.problems().toString());
    }

    @Test
    void results_areTheSame_withOneJobOrThree_shardedOrNot() {
        SweepPlan plan = plan(3);
        List<SweepItem> one = SweepRunner.run(plan, 1, Shard.ALL, quiet(plan.runs()));
        List<SweepItem> three = SweepRunner.run(plan, 3, Shard.ALL, quiet(plan.runs()));
        assertEquals(one, three);
        assertEquals(9, one.size(), "3 points x 3 replications, UDP only");
        List<SweepItem> a = SweepRunner.run(plan, 2, new Shard(1, 2), quiet(5));
        List<SweepItem> b = SweepRunner.run(plan, 1, new Shard(2, 2), quiet(4));
        assertEquals(5, a.size());
        assertEquals(4, b.size());
        assertTrue(one.containsAll(a) && one.containsAll(b));
    }

    @Test
    void mergedShards_areByteForByteWhatOneMachineWrites() throws IOException {
        SweepPlan plan = plan(2);
        String command = "udpsim sweep lossy.yaml --vary network.access_points.classroom.retries=0..2:1 "
                + "--replications 2";
        SweepFiles.Meta whole = SweepFiles.Meta.of(plan, "lossy.yaml", command, Shard.ALL);
        SweepFiles.write(tmp.resolve("one"), whole, plan.points(), SweepRunner.run(plan, 2, Shard.ALL, quiet(6)));
        for (int k = 1; k <= 3; k++) {
            Shard s = new Shard(k, 3);
            SweepFiles.write(tmp.resolve("shard" + k), SweepFiles.Meta.of(plan, "lossy.yaml", command, s),
                    plan.points(), SweepRunner.run(plan, 1, s, quiet(2)));
        }
        SweepMerge.merge(List.of(tmp.resolve("shard3"), tmp.resolve("shard1"), tmp.resolve("shard2")),
                tmp.resolve("merged"));
        for (String f : List.of("sweep.csv", "sweep.json", "items.csv")) {
            assertEquals(Files.readString(tmp.resolve("one").resolve(f)), Files.readString(tmp.resolve("merged").resolve(f)),
                    f);
        }
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> SweepMerge.merge(List.of(tmp.resolve("shard1"), tmp.resolve("shard2")), tmp.resolve("m2")));
        assertEquals("shards [3] of 3 are missing", missing.getMessage());
    }

    @Test
    void moreRetries_hideMoreRadioLoss() {
        SweepPlan plan = plan(4);
        List<SweepRow> rows = SweepRow.of(plan.points(), SweepRunner.run(plan, 2, Shard.ALL, quiet(plan.runs())));
        double none = rows.get(0).stats().get(0).mean();
        double two = rows.get(2).stats().get(0).mean();
        // 20 % loss per attempt: 1 attempt loses about 20 %, 3 attempts about 0.8 % (plus what is still in flight)
        assertTrue(none < 0.9 && two > none + 0.1, "retries 0: " + none + ", retries 2: " + two);
        SweepRow.Stat s = rows.get(0).stats().get(0);
        assertTrue(s.ciLow() < s.mean() && s.mean() < s.ciHigh());
    }

    /** Five runs of one point: most fast and complete, a few slow (a lost SYN) or cut short, as TCP's are. */
    private static List<SweepItem> skewed() {
        double[] first = {30, 32, 31, 3030, 7030};
        double[] share = {1, 1, 1, 1, 0.2};
        List<SweepItem> items = new java.util.ArrayList<>();
        for (int r = 0; r < 5; r++) {
            items.add(new SweepItem(0, r, "tcp", share[r], 1, 20 + r, first[r]));
        }
        return items;
    }

    @Test
    void intervals_stayWithinTheQuantitysRange_sharesIn01_timesAtZeroOrAbove() {
        SweepRow row = SweepRow.of(List.of(List.of("25%")), skewed()).get(0);
        for (SweepRow.Stat s : row.stats()) {
            assertTrue(s.ciLow() <= s.mean() && s.mean() <= s.ciHigh(), s.toString());
            assertTrue(s.ciLow() >= 0, "never below 0: " + s);
            if (s.figure().endsWith("_share")) {
                assertTrue(s.ciHigh() <= 1, "a share's interval ends at 1 at most: " + s);
            }
        }
        SweepRow.Stat first = row.stats().get(SweepItem.FIGURES.indexOf("first_delivery_ms"));
        assertTrue(first.ciLow() >= 30 && first.ciHigh() <= 7030, "within the values measured: " + first);
        assertTrue(first.ciHigh() - first.mean() > first.mean() - first.ciLow(), "a long upper tail, a longer upper "
                + "half: " + first);
    }

    @Test
    void bootstrap_sameValuesAndPoint_sameInterval_toTheLastBit() {
        double[] values = {30, 32, 31, 3030, 7030};
        long seed = Bootstrap.seed(3, "tcp", "first_delivery_ms");
        assertEquals(seed, Bootstrap.seed(3, "tcp", "first_delivery_ms"));
        assertTrue(seed != Bootstrap.seed(4, "tcp", "first_delivery_ms"));
        double[] a = Bootstrap.meanInterval(values, 0.95, seed);
        double[] b = Bootstrap.meanInterval(values.clone(), 0.95, seed);
        assertEquals(a[0], b[0]);
        assertEquals(a[1], b[1]);
        assertTrue(Double.isNaN(Bootstrap.meanInterval(new double[] {5}, 0.95, seed)[0]), "one run: no interval");
        assertEquals(List.of(1.0, 1.0), java.util.Arrays.stream(Bootstrap.meanInterval(new double[] {1, 1, 1}, 0.95,
                seed)).boxed().toList(), "every run the same: that value");
    }

    @Test
    void variation_template_putsTheNumberIntoTheText() {
        Variation v = Variation.parse("impairments.0.netem=loss {}% delay 20ms 10ms:0..50:25");
        assertEquals("impairments.0.netem", v.path());
        assertEquals(List.of("loss 0% delay 20ms 10ms", "loss 25% delay 20ms 10ms", "loss 50% delay 20ms 10ms"),
                v.values());
        assertEquals("%", v.unit());
        assertTrue(v.integer());
        Variation colons = Variation.parse("boards.client.args.to=192.168.0.3:{}:7000..7002:1");
        assertEquals("192.168.0.3:7001", colons.values().get(1), "the range is the last :FROM..TO:STEP");
        assertEquals("", colons.unit());
        Variation plain = Variation.parse("boards.pupils.count=1..30:1");
        assertTrue(plain.integer());
        assertEquals(30, plain.values().size());
        assertTrue(!Variation.parse("impairments.0.delay=0.5ms..2ms:0.5ms").integer());
        assertEquals("ms", Variation.parse("impairments.0.netem=delay {}ms:0..100:50").unit());
    }

    @Test
    void variation_netemTextWithoutATemplate_saysHowToVaryOne() {
        for (String bad : new String[] {"impairments.0.netem=loss 0%..50%:5%", "impairments.0.netem=0%..50%:5%",
                "network.access_points.classroom.radio=loss 0%..50%:5%"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Variation.parse(bad));
            assertTrue(e.getMessage().startsWith("--vary " + bad + ": "), e.getMessage());
            assertTrue(e.getMessage().contains("=loss {}% delay 20ms:0..50:5'"), e.getMessage());
        }
        for (String bad : new String[] {"impairments.0.netem=loss {}%:0..50", "impairments.0.netem=loss {}%:0%..50%:5%",
                "impairments.0.netem=loss {}% duplicate {}%:0..50:5", "impairments.0.netem=loss {}%:50..0:5"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Variation.parse(bad));
            assertTrue(e.getMessage().startsWith("--vary " + bad + ": "), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), "one line");
        }
    }

    @Test
    void plan_netemTemplate_setsEachPointsNetemText_andSaysWhatItIs() {
        SweepPlan plan = new SweepPlan(lossy, Overrides.NONE, List.of(Variation.parse(
                "impairments.0.netem=loss {}% delay 150ms 60ms distribution normal reorder 10%:0..20:10")), 2);
        assertEquals(NetemSpec.parse("loss 10% delay 150ms 60ms distribution normal reorder 10%"),
                plan.scenario(1).impairments().get(0).netem());
        assertEquals(java.util.Map.of("kind", "impairment", "from", "client", "to", "classroom", "link", "radio_up",
                "option", "loss"), plan.about().get(0));
        SweepPlan jitter = new SweepPlan(lossy, Overrides.NONE, List.of(Variation.parse(
                "impairments.0.netem=delay 150ms {}ms:0..60:60")), 2);
        assertEquals("jitter", jitter.about().get(0).get("option"));
    }

    @Test
    void about_aGroupsCount_andARadiosRetries() {
        Path classroom = Path.of("lessons/udp-classroom-broadcast.yaml");
        SweepPlan plan = new SweepPlan(classroom, Overrides.NONE, List.of(Variation.parse("boards.pupils.count=1..3:1"),
                Variation.parse("network.access_points.classroom.retries=0..7:7"),
                Variation.parse("network.access_points.classroom.radio=loss {}%:0..10:10")), 2);
        assertEquals(java.util.Map.of("kind", "count", "group", "pupils"), plan.about().get(0));
        assertEquals(java.util.Map.of("kind", "retries", "access_point", "classroom"), plan.about().get(1));
        assertEquals(java.util.Map.of("kind", "radio", "access_point", "classroom", "option", "loss"),
                plan.about().get(2));
        assertEquals(3 * 2 * 2, plan.points().size());
    }
}
