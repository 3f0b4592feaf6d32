package org.udpsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.kernel.SimTime;
import org.udpsim.net.Hop;
import org.udpsim.net.LinkConfig;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;
import org.udpsim.topology.AccessPointNode;
import org.udpsim.topology.WiredLink;
import org.udpsim.wifi.AccessPointConfig;

class ScenarioLoaderTest {
    private static Ipv4Address ip(String s) {
        return Ipv4Address.parse(s);
    }

    @Test
    void load_example_givesTheScenarioAsWritten() {
        Scenario s = Scenarios.load(Scenarios.EXAMPLE);

        assertEquals("10.4 Socket – UDP, as the tutorial runs it", s.name());
        assertEquals("...", s.description());
        assertEquals(1, s.seed());
        assertEquals(30 * SimTime.SECOND, s.durationNanos());
        assertEquals(Scenarios.FILE, s.source());
        assertEquals(List.of("gateway"), s.network().routers());
        assertEquals(List.of(new AccessPointNode("classroom", AccessPointConfig.builder("ssid").password("password")
                .subnet(Ipv4Prefix.parse("192.168.0.0/24")).gateway(ip("192.168.0.1")).poolFirst(ip("192.168.0.2"))
                .poolLast(ip("192.168.0.254")).radio("delay 2ms 1ms").retryLimit(7).phyRate(54_000_000L)
                .stationLimit(64).build(), Optional.of("gateway"))), s.network().accessPoints());
        assertEquals(List.of(new WiredLink("gateway", "laptop", Ipv4Prefix.parse("10.0.0.0/30"), ip("10.0.0.1"),
                ip("10.0.0.2"), new LinkConfig(100_000_000L, SimTime.millis(1), 1000))), s.network().links());

        assertEquals(33, s.boards().size());
        assertEquals(new Board("server", Program.UDP_SERVER, ProgramArgs.NONE.with(Arg.PORT, 6000), "classroom",
                Optional.of(ip("192.168.0.3")), 0, List.of(), Optional.empty()), s.boards().get(0));
        assertEquals(new Board("client", Program.UDP_CLIENT,
                ProgramArgs.NONE.with(Arg.SERVER, ip("192.168.0.3")).with(Arg.PORT, 6000)
                        .with(Arg.EVERY, SimTime.seconds(2)), "classroom", Optional.empty(),
                SimTime.seconds(1), List.of(), Optional.empty()), s.boards().get(1));
        assertEquals(new Board("bob", Program.UDP_SERVER, ProgramArgs.NONE.with(Arg.PORT, 6000), "classroom",
                Optional.empty(), 0, List.of(new ButtonPress(Button.A, SimTime.seconds(5), Defaults.BUTTON_HOLD_NANOS),
                        new ButtonPress(Button.B, SimTime.seconds(7), SimTime.millis(200))), Optional.empty()),
                s.boards().get(32));

        assertEquals(List.of(new Pc("laptop", Program.UDP_SINK, ProgramArgs.NONE.with(Arg.PORT, 7000),
                Optional.empty(), Optional.empty(), 0)), s.pcs());
        assertTrue(s.pcs().get(0).isWired());

        assertEquals(2, s.impairments().size());
        Impairment first = s.impairments().get(0);
        assertEquals(new Hop("client", "classroom", Hop.Kind.RADIO), first.hop());
        assertEquals(NetemSpec.parse("loss 20% delay 20ms 10ms reorder 10%"), first.netem());
        assertEquals(new SourcePosition("lesson.yaml", 34, 5), first.position());
        Impairment second = s.impairments().get(1);
        assertEquals(new Hop("classroom", "server", Hop.Kind.RADIO), second.hop());
        assertEquals(NetemSpec.parse("delay 20ms 10ms distribution normal loss 5%"), second.netem());

        assertEquals(List.of(Expectation.condition("UDP needs no handshake", "flow('udp').first_delivery_ms < 50",
                new SourcePosition("lesson.yaml", 40, 5))), s.expectations());
    }

    @Test
    void group_expandsToNumberedBoardsInOrder() {
        Scenario s = Scenarios.load(Scenarios.EXAMPLE);

        List<String> names = s.boards().stream().map(Board::name).toList();
        assertEquals("server", names.get(0));
        assertEquals("client", names.get(1));
        for (int i = 1; i <= 30; i++) {
            Board b = s.boards().get(1 + i);
            assertEquals("pupils-" + i, b.name());
            assertEquals(Optional.of("pupils"), b.group());
            assertEquals(Program.UDP_CLIENT, b.program());
            assertEquals(Optional.empty(), b.ip());
        }
        assertEquals("bob", names.get(32));
    }

    @Test
    void leftOut_settingsTakeTheirDefaults() {
        Scenario s = Scenarios.load("""
                name: defaults
                duration: 2min
                network:
                  routers: {gateway: }
                  access_points:
                    classroom: {uplink: gateway}
                  links:
                    - {between: [gateway, laptop], subnet: 10.0.0.0/30}
                boards:
                  server: {program: java:udp-server}
                  client: {program: java:udp-client}
                  bob: {program: java:udp-server, buttons: [{press: B, at: 1s}]}
                pcs:
                  laptop: {program: udp-sender, args: {to: 192.168.0.3:6000}}
                  phone: {program: udp-echo, ap: classroom}
                """);

        assertEquals(Defaults.SEED, s.seed());
        assertEquals("", s.description());
        assertEquals(SimTime.seconds(120), s.durationNanos());
        AccessPointNode ap = s.network().accessPoints().get(0);
        assertEquals(new AccessPointNode("classroom", AccessPointConfig.builder("classroom").password("")
                .subnet(Ipv4Prefix.parse("192.168.0.0/24")).gateway(ip("192.168.0.1")).poolFirst(ip("192.168.0.2"))
                .poolLast(ip("192.168.0.254")).retryLimit(7).phyRate(54_000_000L)
                .stationLimit(Integer.MAX_VALUE).build(), Optional.of("gateway")), ap);
        assertTrue(ap.config().isOpen());
        assertEquals(new WiredLink("gateway", "laptop", Ipv4Prefix.parse("10.0.0.0/30"), ip("10.0.0.1"),
                ip("10.0.0.2"), new LinkConfig(100_000_000L, 0, 1000)),
                s.network().links().get(0));
        Board server = s.boards().get(0);
        assertEquals(Optional.of("classroom"), server.accessPoint());
        assertEquals(Defaults.START_NANOS, server.startNanos());
        assertEquals(6000, (int) server.args().get(Arg.PORT));
        assertEquals(ip("192.168.0.3"), s.boards().get(1).args().get(Arg.SERVER));
        assertEquals(List.of(new ButtonPress(Button.B, SimTime.seconds(1), Defaults.BUTTON_HOLD_NANOS)),
                s.boards().get(2).buttons());
        ProgramArgs sender = s.pcs().get(0).args();
        assertEquals(new Endpoint(ip("192.168.0.3"), 6000), sender.get(Arg.TO));
        assertEquals(SimTime.seconds(1), (long) sender.get(Arg.EVERY));
        assertEquals(64, (int) sender.get(Arg.SIZE));
        assertEquals(0, (long) sender.get(Arg.START));
        assertEquals(Optional.empty(), sender.optional(Arg.COUNT));
        assertEquals(List.of("to", "every", "size", "start"), List.copyOf(sender.values().keySet()));
        assertEquals(7, (int) s.pcs().get(1).args().get(Arg.PORT));
        assertEquals(Optional.of("classroom"), s.pcs().get(1).accessPoint());
        assertTrue(s.impairments().isEmpty());
        assertTrue(s.expectations().isEmpty());
    }

    @Test
    void structuredImpairments_becomeNetemText() {
        Scenario s = Scenarios.load("""
                name: structured
                duration: 10s
                network:
                  routers: {gateway: {}}
                  access_points: {classroom: {uplink: gateway}}
                  links:
                    - {between: [laptop, gateway], subnet: 10.0.0.0/30, addresses: [10.0.0.2, 10.0.0.1]}
                boards:
                  server: {program: java:udp-server}
                pcs:
                  laptop: {program: udp-sink}
                impairments:
                  - {hop: laptop -> gateway, loss: {gemodel: {p: 1%, r: 10%}}}
                  - {hop: gateway -> laptop, rate: {speed: 1.5mbit, packetoverhead: 14}, limit: 50}
                  - {hop: server -> classroom, duplicate: 1%, corrupt: {percent: 0.10%, correlation: 25%}}
                  - {hop: classroom -> server, delay: 1.5s, reorder: {percent: 10%, gap: 5}}
                  - {hop: classroom -> gateway, loss: {script: [3, 5, 7]}}
                  - {hop: gateway -> classroom, loss: {percent: 5%, correlation: 25%}, delay: 90s}
                """);

        assertEquals(Stream.of("loss gemodel 1% 10%", "rate 1500kbit 14 limit 50", "duplicate 1% corrupt 0.1% 25%",
                "delay 1500ms reorder 10% gap 5", "loss script 3,5,7", "delay 90s loss 5% 25%").map(NetemSpec::parse)
                .toList(), s.impairments().stream().map(Impairment::netem).toList());
        WiredLink link = s.network().links().get(0);
        assertEquals(ip("10.0.0.2"), link.addressOf("laptop"));
        assertEquals(ip("10.0.0.1"), link.addressOf("gateway"));
    }

    @Test
    void structuredSlot_becomesNetemText() {
        Scenario s = Scenarios.load(Scenarios.MINIMAL + """
                impairments:
                  - {hop: server -> classroom, slot: 10ms}
                  - {hop: classroom -> server, slot: {min_delay: 5ms, max_delay: 8ms, packets: 4}, delay: 1ms}
                """);

        assertEquals(List.of("slot 10ms", "delay 1ms slot 5ms 8ms packets 4"),
                s.impairments().stream().map(i -> i.netem().toNetem()).toList());
    }

    @Test
    void groupName_inAHop_impairsEveryMember() {
        Scenario s = Scenarios.load(Scenarios.MINIMAL + """
                  pupils: {count: 3, program: java:udp-client}
                impairments:
                  - {hop: pupils -> classroom, netem: "loss 10%"}
                """);

        assertEquals(List.of("pupils-1 -> classroom", "pupils-2 -> classroom", "pupils-3 -> classroom"),
                s.impairments().stream().map(i -> i.hop().toString()).toList());
    }

    @Test
    void yamlAnchorsAndMergeKeys_areRead() {
        Scenario s = Scenarios.load(Scenarios.MINIMAL + """
                  client: &client {program: java:udp-client, start: 2s}
                  other: {<<: *client, start: 3s}
                """);

        assertEquals(SimTime.seconds(2), s.board("client").orElseThrow().startNanos());
        assertEquals(SimTime.seconds(3), s.board("other").orElseThrow().startNanos());
        assertEquals(Program.UDP_CLIENT, s.board("other").orElseThrow().program());
    }

    @Test
    void load_readsAFileAndNamesItInProblems(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lesson.yaml");
        Files.writeString(file, "name: x\nduration: 0s\n", StandardCharsets.UTF_8);

        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(file));

        assertEquals(1, e.problems().size());
        ScenarioProblem p = e.problems().get(0);
        assertEquals(file.toString(), p.file());
        assertEquals(2, p.line());
        assertEquals(11, p.column());
        assertEquals("duration must be more than 0, got 0s", p.message());
        assertEquals(file + ":2:11: duration must be more than 0, got 0s", e.getMessage());
    }

    @Test
    void load_missingFile_saysSo(@TempDir Path dir) {
        Path file = dir.resolve("nope.yaml");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(file));
        assertEquals(file + ": no such file", e.getMessage());
    }

    @Test
    void formatDescription_example_loads() throws Exception {
        String doc = Files.readString(Path.of("SCENARIO-FORMAT.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        Scenario s = Scenarios.load(doc.substring(start, doc.indexOf("```", start)));

        assertEquals(33, s.boards().size());
        assertEquals(List.of("client -> classroom", "classroom -> server"),
                s.impairments().stream().map(i -> i.hop().toString()).toList());
    }

    @Test
    void records_areImmutable() {
        Scenario s = Scenarios.load(Scenarios.EXAMPLE);
        assertThrows(UnsupportedOperationException.class,
                () -> s.boards().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> s.boards().get(0).args().values().clear());
        assertFalse(s.network().accessPoints().isEmpty());
    }
}
