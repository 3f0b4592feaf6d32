package org.udpsim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.impairments.NetemOption;
import org.udpsim.impairments.NetemOptions;
import org.udpsim.scenario.ScenarioLoader;

/**
 * The controls of a served scenario: one for every netem option of each impairment entry and radio, the retries
 * and the seed; and the {@code udpsim run} arguments a change of them becomes, only for what differs from the file.
 */
class WhatIfControlsTest {
    private static final Path COMPARISON = Path.of("lessons", "udp-vs-tcp.yaml");
    private static final Path LOSSY = Path.of("lessons", "10.4-udp-lossy-wifi.yaml");

    private static WhatIfControls of(Path file) throws IOException {
        return WhatIfControls.of(ScenarioLoader.load(file), Files.readString(file));
    }

    @Test
    void theFilesOwnValues_giveNoArgument() throws IOException {
        for (Path file : List.of(COMPARISON, LOSSY)) {
            WhatIfControls c = of(file);
            assertEquals(List.of(), c.arguments(c.fileValues()), file.toString());
            assertEquals(List.of(), c.arguments(Map.of()), file.toString());
        }
    }

    @Test
    void describe_hasEveryNetemOptionForEachHopAndRadio_theRetriesAndTheSeed() throws IOException {
        JsonNode d = of(COMPARISON).describe(Map.of());
        assertEquals("1", d.get("seed").asText());
        List<String> places = new ArrayList<>();
        d.get("places").forEach(p -> places.add(p.get("path").asText() + " " + p.get("title").asText()));
        assertEquals(List.of("impairments.0 client -> classroom",
                "network.access_points.classroom.radio classroom radio"), places);
        List<String> keywords = new ArrayList<>();
        d.get("places").get(0).get("options").forEach(o -> keywords.add(o.get("keyword").asText()));
        assertEquals(NetemOptions.ALL.stream().map(NetemOption::keyword).toList(), keywords);
        JsonNode delay = d.get("places").get(0).get("options").get(0);
        assertEquals("impairments.0|delay|time", delay.get("params").get(0).get("key").asText());
        assertEquals("20ms", delay.get("params").get(0).get("value").asText());
        assertEquals("10ms", delay.get("params").get(1).get("value").asText());
        assertEquals("time", delay.get("params").get(1).get("kind").asText());
        assertEquals("10%", d.get("places").get(0).get("options").get(1).get("params").get(0).get("value").asText());
        JsonNode retries = d.get("retries").get(0);
        assertEquals("network.access_points.classroom.retries", retries.get("key").asText());
        assertEquals("0", retries.get("value").asText());
    }

    @Test
    void aStructuredEntry_getsOneSetPerChangedOption() throws IOException {
        WhatIfControls c = of(COMPARISON);
        assertEquals(List.of("--set", "impairments.0.loss=40%"),
                c.arguments(Map.of("impairments.0|loss|percent", "40%")));
        assertEquals(List.of("--set", "impairments.0.delay={time: 20ms, jitter: 5ms}",
                "--set", "impairments.0.duplicate=2%"),
                c.arguments(Map.of("impairments.0|delay|jitter", "5ms", "impairments.0|duplicate|percent", "2%")));
        assertEquals(List.of("--set", "impairments.0.reorder={percent: 10%, gap: 5}"),
                c.arguments(Map.of("impairments.0|reorder|percent", "10%", "impairments.0|reorder|gap", "5")));
    }

    @Test
    void aNetemTextEntry_getsItsWholeTextRebuilt() throws IOException {
        WhatIfControls c = of(LOSSY);
        assertEquals(List.of("--set", "impairments.0.netem=delay 150ms 60ms distribution normal loss 40% reorder 10%"),
                c.arguments(Map.of("impairments.0|loss|percent", "40%")));
        assertEquals(List.of("--set", "impairments.0.netem=delay 150ms 60ms distribution normal reorder 10%"),
                c.arguments(Map.of("impairments.0|loss|percent", "")));
    }

    @Test
    void theRadioTheRetriesAndTheSeed_areSetAsTheCommandLineSetsThem() throws IOException {
        WhatIfControls c = of(LOSSY);
        assertEquals(List.of("--seed", "7", "--set", "network.access_points.classroom.radio=loss 5%",
                "--set", "network.access_points.classroom.retries=7"),
                c.arguments(Map.of("seed", "7", "network.access_points.classroom.radio|loss|percent", "5%",
                        "network.access_points.classroom.retries", "7")));
    }

    @Test
    void aValueWithYamlsOwnCharacters_isQuotedInTheMapping() throws IOException {
        assertEquals(List.of("--set", "impairments.0.delay={time: 20ms, jitter: 'a, b: c'}"),
                of(COMPARISON).arguments(Map.of("impairments.0|delay|jitter", "a, b: c")));
    }

    @Test
    void emptyingAStructuredEntrysOption_isRefusedWithWhatToDoInstead() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> of(COMPARISON).arguments(Map.of("impairments.0|loss|percent", "")));
        assertEquals("impairments.0.loss: loss cannot be taken out of the file's entry here; set its percent to 0"
                + " instead", e.getMessage());
    }

    @Test
    void aGroupsEntry_isOneControlForAllItsMembers_namedAsTheFileWritesIt(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("group.yaml");
        Files.writeString(file, """
                name: a group
                duration: 5s
                network:
                  access_points:
                    classroom: {ssid: ssid}
                boards:
                  pupils: {count: 3, program: java:udp-client}
                impairments:
                  - {hop: pupils->classroom, netem: "loss 10%"}
                  - {hop: classroom -> pupils, loss: 5%}
                """);
        WhatIfControls c = of(file);
        List<String> places = new ArrayList<>();
        c.describe(Map.of()).get("places").forEach(p -> places.add(p.get("path").asText() + " "
                + p.get("title").asText()));
        assertEquals(List.of("impairments.0 pupils -> classroom", "impairments.1 classroom -> pupils",
                "network.access_points.classroom.radio classroom radio"), places);
        assertEquals(List.of("--set", "impairments.0.netem=loss 20%", "--set", "impairments.1.loss=6%"),
                c.arguments(Map.of("impairments.0|loss|percent", "20%", "impairments.1|loss|percent", "6%")));
    }
}
