package org.udpsim.impairments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetemParserTest {
    private static final long MS = 1_000_000L;
    private static final long US = 1_000L;

    @Test
    void lossDelayReorder_parsesToItsParts() {
        NetemSpec s = NetemSpec.parse("loss 20% delay 20ms 10ms reorder 10%");
        assertEquals(NetemSpec.NONE.withLoss(RandomLoss.of(20)).withDelay(Delay.of(20 * MS, 10 * MS))
                .withReorder(Reorder.of(10)), s);
    }

    @Test
    void delayWithCorrelationAndDistribution_parsesToItsParts() {
        assertEquals(new Delay(100 * MS, 10 * MS, 25, Distribution.NORMAL),
                NetemSpec.parse("delay 100ms 10ms 25% distribution normal").delay());
    }

    @Test
    void gemodelWithFourValues_parsesToItsParts() {
        assertEquals(new GeModelLoss(1, 10, 70, 0.1), NetemSpec.parse("loss gemodel 1% 10% 70% 0.1%").loss());
    }

    @Test
    void rateAndLimit_parseToItsParts() {
        NetemSpec s = NetemSpec.parse("rate 1mbit limit 50");
        assertEquals(Rate.of(1_000_000), s.rate());
        assertEquals(50, s.limit());
    }

    @Test
    void emptyLine_isNoImpairment_withDefaultLimit() {
        assertEquals(NetemSpec.NONE, NetemSpec.parse("  "));
        assertEquals(1000, NetemSpec.NONE.limit());
        assertEquals("", NetemSpec.NONE.toNetem());
    }

    @Test
    void lossModels_takeNetemsDefaults() {
        assertEquals(new StateLoss(1, 99, 0, 100, 0), NetemSpec.parse("loss state 1%").loss());
        assertEquals(new StateLoss(1, 30, 0, 100, 0), NetemSpec.parse("loss state 1% 30%").loss());
        assertEquals(new GeModelLoss(1, 99, 100, 0), NetemSpec.parse("loss gemodel 1%").loss());
        assertEquals(new GeModelLoss(1, 10, 100, 0), NetemSpec.parse("loss gemodel 1% 10%").loss());
        assertEquals(new RandomLoss(5, 25), NetemSpec.parse("loss random 5% 25%").loss());
        assertEquals(RandomLoss.of(5), NetemSpec.parse("drop 5").loss());
    }

    @Test
    void lossModels_acceptTheLabelsTcShowPrints() {
        assertEquals(new GeModelLoss(1, 10, 70, 0.1), NetemSpec.parse("loss gemodel p 1% r 10% 1-h 70% 1-k 0.1%").loss());
        assertEquals(new StateLoss(1, 20, 3, 40, 0.5),
                NetemSpec.parse("loss state p13 1% p31 20% p32 3% p23 40% p14 0.5%").loss());
    }

    @Test
    void scriptedLoss_listsAndRanges_inAnySpacing() {
        assertEquals(ScriptedLoss.of(3, 5, 7), NetemSpec.parse("loss script 3,5,7").loss());
        assertEquals(ScriptedLoss.of(3, 5, 7, 8, 9), NetemSpec.parse("loss script 3, 5 ,7-9").loss());
        assertEquals(ScriptedLoss.of(2, 4), NetemSpec.parse("loss script 4,2,4").loss());
    }

    @ParameterizedTest
    @CsvSource({
        "delay 1.5s, 1500000000",
        "delay 20msec, 20000000",
        "delay 250us, 250000",
        "delay 250usecs, 250000",
        "delay 7ns, 7",
        "delay 2SEC, 2000000000",
        "delay 0.1ms, 100000",
        "delay 100, 100000",
    })
    void times_takeTcsUnits(String line, long nanos) {
        assertEquals(nanos, NetemSpec.parse(line).delay().timeNanos());
    }

    @ParameterizedTest
    @CsvSource({
        "rate 1mbit, 1000000",
        "rate 100kbit, 100000",
        "rate 1.5Mbit, 1500000",
        "rate 2gbit, 2000000000",
        "rate 1kibit, 1024",
        "rate 100kbps, 800000",
        "rate 1MBps, 8000000",
        "rate 64000, 64000",
    })
    void rates_takeTcsUnits_bpsMeaningBytes(String line, long bits) {
        assertEquals(bits, NetemSpec.parse(line).rate().bitsPerSecond());
    }

    @Test
    void rate_takesOverheadsLikeTc() {
        assertEquals(new Rate(5_000, 20, 100, 5), NetemSpec.parse("rate 5kbit 20 100 5").rate());
        assertEquals(new Rate(1_000_000, -14, 0, 0), NetemSpec.parse("rate 1mbit -14").rate());
    }

    @Test
    void shares_withOrWithoutPercentSign() {
        assertEquals(RandomLoss.of(20), NetemSpec.parse("loss 20").loss());
        assertEquals(new Duplicate(0.5, 0), NetemSpec.parse("duplicate 0.5%").duplicate());
        assertEquals(new Corrupt(0.1, 0), NetemSpec.parse("corrupt .1%").corrupt());
    }

    @Test
    void abbreviationsAndSynonyms_meanWhatTheyMeanToTc() {
        assertEquals(NetemSpec.parse("delay 10ms loss 5% duplicate 1% limit 7"),
                NetemSpec.parse("lat 10ms lo 5% dup 1% l 7"));
        assertEquals(NetemSpec.parse("delay 10ms reorder 5% corrupt 1%"), NetemSpec.parse("d 10ms r 5% c 1%"));
    }

    @Test
    void wholeTcCommand_isAccepted() {
        assertEquals(NetemSpec.parse("delay 100ms loss 1%"),
                NetemSpec.parse("sudo tc qdisc add dev eth0 root netem delay 100ms loss 1%"));
    }

    @Test
    void gap_parsesWithReorder_anywhereOnTheLine() {
        assertEquals(new Reorder(25, 50, 5), NetemSpec.parse("gap 5 delay 10ms reorder 25% 50%").reorder());
        assertEquals(Reorder.of(25), NetemSpec.parse("delay 10ms reorder 25% gap 1").reorder());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "loss 20% delay 20ms 10ms reorder 10%",
        "delay 100ms 10ms 25% distribution normal",
        "delay 100ms 10ms distribution pareto",
        "delay 100ms 10ms distribution paretonormal",
        "loss gemodel 1% 10% 70% 0.1%",
        "loss gemodel 1% 10% 70%",
        "loss gemodel 1%",
        "loss gemodel 0.1% 0.3%",
        "loss state 0.1%",
        "loss state 1% 30% 2% 100% 0.5%",
        "loss state 1% 30% 0% 40%",
        "loss random 3% 25%",
        "loss script 1,3,5-9,12",
        "rate 1mbit limit 50",
        "rate 1500kbit 14",
        "rate 5kbit 20 100 5",
        "rate 100kbps",
        "duplicate 1% 10% corrupt 0.1% 5%",
        "delay 10ms reorder 25% 50% gap 5",
        "delay 1.5ms 250us",
        "delay 1234567ns 1ns",
        "delay 0ms 5ms",
        "limit 0",
        "delay 100",
    })
    void printThenParse_givesTheSameSpec(String line) {
        NetemSpec spec = NetemSpec.parse(line);
        assertEquals(spec, NetemSpec.parse(spec.toNetem()), spec.toNetem());
        assertEquals(spec.toNetem(), spec.toString());
    }

    @Test
    void printThenParse_givesTheSameSpec_forAwkwardValues() {
        NetemSpec spec = NetemSpec.NONE.withLoss(new GeModelLoss(1.0 / 3, 100 - 1.0 / 3, 12.345678901, 1e-7))
                .withDelay(new Delay(1_000_000_007L, 3, 33.3, Distribution.UNIFORM))
                .withDuplicate(new Duplicate(0.1 + 0.2, 0)).withRate(new Rate(1_000_001, -14, 53, 5)).withLimit(3);
        assertEquals(spec, NetemSpec.parse(spec.toNetem()), spec.toNetem());
    }

    @Test
    void print_usesNetemSyntax() {
        assertEquals("delay 20ms 10ms loss 20% reorder 10%",
                NetemSpec.parse("loss 20% delay 20ms 10ms reorder 10%").toNetem());
        assertEquals("loss gemodel 1% 10%", NetemSpec.parse("loss gemodel 1% 10% 100% 0%").toNetem());
        assertEquals("loss state 1%", NetemSpec.parse("loss state 1% 99% 0% 100% 0%").toNetem());
        assertEquals("rate 800kbit limit 50", NetemSpec.parse("limit 50 rate 100kbps").toNetem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "reorder 10%                          | reorder            | needs a delay",
        "delay 10ms gap 5                     | gap                | needs reorder",
        "delay 10ms reorder 0% gap 5          | gap                | needs reorder",
        "loss 120%                            | loss               | between 0% and 100%, was 120%",
        "duplicate -1%                        | duplicate          | between 0% and 100%, was -1%",
        "corrupt 5% 101%                      | corrupt correlation| between 0% and 100%, was 101%",
        "loss gemodel 1% 120%                 | loss gemodel r     | between 0% and 100%, was 120%",
        "loss state 60% 50% 60%               | loss state p32     | at most 100%",
        "loss state 60% 50% 0% 100% 50%       | loss state p14     | at most 100%",
        "delay -5ms                           | delay              | must not be negative, was -5ms",
        "delay 10ms -5ms                      | delay jitter       | must not be negative, was -5ms",
        "delay 10 parsecs                     | parsecs            | unknown netem option",
        "delay 10parsecs                      | delay              | needs a time such as 20ms",
        "dealy 10ms                           | dealy              | did you mean \"delay\"",
        "loss 5% dupilcate 1%                 | dupilcate          | did you mean \"duplicate\"",
        "loss                                 | loss               | needs a value",
        "delay                                | delay              | needs a value",
        "delay 10ms limit                     | limit              | needs a value",
        "loss randon 5%                       | loss               | did you mean \"random\"",
        "loss gemodel                         | loss gemodel p     | needs a value",
        "delay 100ms 10ms distribution normall| distribution       | did you mean \"normal\"",
        "delay 100ms distribution normal      | distribution       | needs one",
        "loss 10% loss 5%                     | loss               | given twice",
        "delay 10ms 5ms 25% 3%                | delay              | unexpected value \"3%\"",
        "rate 10%                             | rate               | not supported",
        "rate 1furlong                        | rate               | needs a rate",
        "rate 1mbit 14 -48                    | rate cellsize      | at least 0",
        "slot distribution normal 1ms 1ms     | slot               | not supported",
        "slot 20ms 10ms                       | slot max_delay     | at least its min_delay",
        "slot                                 | slot               | needs a value",
        "slot 10ms packets -1                 | slot packets       | at least 0",
        "limit -1                             | limit              | at least 0",
        "limit 1.5                            | limit              | whole number",
        "loss script 0,3                      | loss script        | from 1",
        "loss script 3,x                      | loss script        | packet numbers",
        "loss script 9-3                      | loss script        | ranges go upwards",
        "jitter 5ms                           | delay              | right after the delay time",
        "tc qdisc add dev eth0 root tbf       | netem              | no \"netem\"",
    })
    void impossibleSettings_areRejected_naming_theOption(String line, String option, String says) {
        NetemException e = assertThrows(NetemException.class, () -> NetemParser.parse(line));
        assertEquals(option.strip(), e.option(), e.getMessage());
        assertTrue(e.getMessage().contains(says.strip()), e.getMessage());
        assertTrue(e.getMessage().contains(option.strip().split(" ")[0]), e.getMessage());
    }

    @Test
    void slot_parsesToItsPart_andWritesBack() {
        assertEquals(new Slot(10 * MS, 20 * MS, 4, 1500),
                NetemSpec.parse("slot 10ms 20ms packets 4 bytes 1500").slot());
        assertEquals(Slot.of(5 * MS), NetemSpec.parse("slot 5ms").slot());
        assertEquals(new Slot(5 * MS, 5 * MS, 2, 0), NetemSpec.parse("slot 5ms pack 2").slot(), "abbreviated as tc");
        assertEquals("delay 10ms rate 1mbit slot 5ms 8ms bytes 3000 limit 50",
                NetemSpec.parse("limit 50 slot 5ms 8ms bytes 3000 rate 1mbit delay 10ms").toNetem());
    }

    @Test
    void slot_isOffUnlessGiven() {
        assertEquals(Slot.NONE, NetemSpec.parse("delay 10ms loss 5%").slot());
        assertEquals(Slot.NONE, NetemSpec.NONE.slot());
        assertTrue(NetemSpec.NONE.withSlot(Slot.of(MS)).holdsPackets());
    }

    @Test
    void netemException_isAnIllegalArgumentException() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RandomLoss.of(150));
        assertEquals("loss must be between 0% and 100%, was 150%", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "delay 10ms 20ms                | jitter is larger than the delay",
        "delay 100ms 10ms 25%           | narrows the jitter",
        "loss 10% 25%                   | deprecates loss correlation",
        "duplicate 5% 50%               | not 5%",
        "duplicate 1% rate 1mbit        | every copy also takes its own transmission time",
        "limit 0                        | every packet is dropped",
        "delay 100                      | has no unit: read as 100us",
        "delay 100ms 5                  | has no unit: read as 5us",
        "rate 100kbps                   | bps means bytes per second, so this is 800kbit",
        "rate 64000                     | has no unit: read as bits per second",
        "loss 0.5                       | read as 0.5%",
        "delay 10ms delay 20ms          | delay is given twice",
        "loss 1% ecn                    | ecn is ignored",
        "seed 42 delay 1ms              | seed is ignored",
    })
    void surprisingSettings_giveWarnings(String line, String says) {
        List<String> warnings = NetemParser.parse(line).warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.contains(says.strip())), warnings.toString());
    }

    @Test
    void plainSettings_giveNoWarnings() {
        assertEquals(List.of(), NetemParser.parse("loss 20% delay 20ms rate 1mbit limit 50").warnings());
        // jitter within the delay reorders packets, as meant: the hop's words say so, it is no warning
        assertEquals(List.of(), NetemParser.parse("delay 150ms 60ms distribution normal").warnings());
        assertEquals(List.of(), NetemParser.parse("loss gemodel 1% 10% 70% 0.1% corrupt 1% duplicate 1%").warnings());
    }

    @Test
    void specWarnings_areAvailableWithoutTheParser() {
        NetemSpec s = NetemSpec.NONE.withDelay(Delay.of(10 * MS, 20 * MS));
        assertTrue(s.warnings().get(0).startsWith("delay 10ms 20ms: the jitter is larger than the delay"));
    }

    @Test
    void withoutLoss_dropsOnlyTheLossPart() {
        NetemSpec s = NetemSpec.parse("delay 2ms 1ms loss 30% duplicate 1%");
        assertEquals(NetemSpec.parse("delay 2ms 1ms duplicate 1%"), s.withoutLoss());
        assertEquals(Loss.NONE, s.withoutLoss().loss());
    }

    @Test
    void records_validateWhenBuiltInCode() {
        assertThrows(NetemException.class, () -> new Delay(-1, 0, 0, Distribution.UNIFORM));
        assertThrows(NetemException.class, () -> new Reorder(10, 0, 0));
        assertThrows(NetemException.class, () -> NetemSpec.NONE.withReorder(Reorder.of(10)));
        assertThrows(NetemException.class, () -> ScriptedLoss.of(5, 3));
        assertThrows(NetemException.class, () -> new Rate(0, 14, 0, 0));
        assertEquals(8 * MS, Rate.of(1_000_000).transmissionNanos(1000));
        assertEquals(2 * 53 * 8 * US, new Rate(1_000_000, 0, 48, 5).transmissionNanos(50), "ATM: 2 cells of 53");
    }
}
