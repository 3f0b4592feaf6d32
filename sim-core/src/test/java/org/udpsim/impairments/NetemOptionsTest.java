package org.udpsim.impairments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetemOptionsTest {
    @Test
    void everyExample_isNetemTheParserTakes_andWritesBackTheSame() {
        for (NetemOption o : NetemOptions.ALL) {
            for (String example : o.examples()) {
                assertEquals(example, NetemSpec.parse(example).toNetem(), o.keyword());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "delay 100ms 10ms 25% distribution normal loss gemodel 1% 10% 70% 0.1% duplicate 1% 5% corrupt 0.1%"
                + " reorder 10% 25% gap 5 rate 5kbit 20 100 5 limit 50",
        "delay 20ms loss 5% 25%",
        "loss state 1% 30% 2% 50% 1%",
        "loss script 3,5-9",
        "delay 1s 0ms 25%",
    })
    void netemText_readIntoItsOptions_writesBackTheSame(String netem) {
        String written = NetemSpec.parse(netem).toNetem();
        List<GivenOption> given = NetemOptions.read(written);
        assertEquals(written, given.stream().map(GivenOption::toNetem).collect(Collectors.joining(" ")));
    }

    @Test
    void read_namesEachOptionsFormAndValues() {
        List<GivenOption> given = NetemOptions.read("delay 20ms 10ms distribution pareto loss gemodel 1% 10%");
        assertEquals(NetemOptions.DELAY, given.get(0).option());
        assertEquals(java.util.Map.of("time", "20ms", "jitter", "10ms", "distribution", "pareto"),
                given.get(0).values());
        assertEquals("gemodel", given.get(1).form().keyword());
        assertEquals(List.of("p", "r"), List.copyOf(given.get(1).values().keySet()));
    }

    @Test
    void words_showAPartOnlyWhenItsValuesAreGivenAndNotTheDefault() {
        GivenOption fixed = NetemOptions.read("delay 20ms").get(0);
        GivenOption jitter = NetemOptions.read("delay 20ms 10ms distribution normal").get(0);
        String template = NetemOptions.DELAY.defaultForm().words().en();
        assertEquals("delays every packet 20ms", fixed.words(template));
        assertEquals("delays every packet 20ms ± 10ms (normal distribution): the ±10ms lets later packets overtake"
                + " earlier ones", jitter.words(template));
        GivenOption script = NetemOptions.read("loss script 3,5,7-9").get(0);
        assertEquals("loses packets number 3, 5, 7-9", script.words(script.form().words().en()));
    }

    @Test
    void everyFormsWords_nameOnlyItsParameters_inBothLanguages() {
        for (NetemOption o : NetemOptions.ALL) {
            for (NetemForm f : o.forms()) {
                assertTrue(!f.words().en().isEmpty() && !f.words().zh().isEmpty(), o.keyword() + " " + f.keyword());
                GivenOption none = new GivenOption(o, f, java.util.Map.of());
                none.words(f.words().en());
                none.words(f.words().zh());
            }
        }
    }

    @Test
    void usage_listsEveryOptionWithItsParameters() {
        assertEquals("netem options: [delay TIME [JITTER [CORRELATION]] [distribution"
                + " uniform|normal|pareto|paretonormal]] [loss [random] PERCENT [CORRELATION] | loss gemodel P [R [1-H"
                + " [1-K]]] | loss state P13 [P31 [P32 [P23 [P14]]]] | loss script N,N,...] [duplicate PERCENT"
                + " [CORRELATION]] [corrupt PERCENT [CORRELATION]] [reorder PERCENT [CORRELATION] [gap DISTANCE]]"
                + " [rate RATE [PACKETOVERHEAD [CELLSIZE [CELLOVERHEAD]]]] [slot MIN_DELAY [MAX_DELAY] [packets"
                + " PACKETS] [bytes BYTES]] [limit PACKETS]", NetemOptions.usage());
    }
}
