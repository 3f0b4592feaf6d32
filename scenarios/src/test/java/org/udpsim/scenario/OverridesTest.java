package org.udpsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.udpsim.scenario.Scenarios.EXAMPLE;
import static org.udpsim.scenario.Scenarios.MINIMAL;
import static org.udpsim.scenario.Scenarios.load;
import static org.udpsim.scenario.Scenarios.problems;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.udpsim.impairments.NetemSpec;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Ipv4Address;

/** {@code --seed}, {@code --duration} and {@code --set PATH=VALUE} change the file before it is checked. */
class OverridesTest {
    @Test
    void seedAndDuration_replaceTheFilesValues() {
        Scenario s = load(EXAMPLE, Overrides.NONE.withSeed(42).withDuration("90s"));

        assertEquals(42, s.seed());
        assertEquals(SimTime.seconds(90), s.durationNanos());
    }

    @Test
    void set_replacesValuesAtDottedPaths() {
        Scenario s = load(EXAMPLE, Overrides.NONE
                .withSet("boards.client.start=2s")
                .withSet("impairments.0.netem=loss 10%")
                .withSet("network.access_points.classroom.retries=3")
                .withSet("network.links.0.delay=5ms"));

        assertEquals(SimTime.seconds(2), s.board("client").orElseThrow().startNanos());
        assertEquals(NetemSpec.parse("loss 10%"), s.impairments().get(0).netem());
        assertEquals(3, s.network().accessPoints().get(0).config().retryLimit());
        assertEquals(SimTime.millis(5), s.network().links().get(0).config().propagationDelayNanos());
    }

    @Test
    void set_addsKeysTheFileLeftOut() {
        Scenario s = load(MINIMAL, Overrides.NONE
                .withSet("boards.server.args.port=7000")
                .withSet("network.access_points.classroom.dhcp.first=192.168.0.100")
                .withSet("description=from the command line"));

        assertEquals(7000, (int) s.board("server").orElseThrow().args().get(Arg.PORT));
        assertEquals(Ipv4Address.parse("192.168.0.100"), s.network().accessPoints().get(0).config().poolFirst());
        assertEquals("from the command line", s.description());
    }

    @Test
    void set_laterOneWins() {
        Scenario s = load(MINIMAL, Overrides.NONE.withSet("boards.server.start=1s").withSet("boards.server.start=3s"));

        assertEquals(SimTime.seconds(3), s.board("server").orElseThrow().startNanos());
    }

    @Test
    void set_yamlValue_replacesAWholeList() {
        Scenario s = load(EXAMPLE, Overrides.NONE.withSet("network.links.0.between=[laptop, gateway]"));

        assertEquals(List.of("laptop", "gateway"), List.of(s.network().links().get(0).a(),
                s.network().links().get(0).b()));
    }

    @Test
    void set_groupCount_changesTheGroup() {
        Scenario s = load(EXAMPLE, Overrides.NONE.withSet("boards.pupils.count=2"));

        assertEquals(List.of("server", "client", "pupils-1", "pupils-2", "bob"),
                s.boards().stream().map(Board::name).toList());
    }

    @Test
    void set_onAnAliasedValue_changesOnlyThePathNamed() {
        Scenario s = load(MINIMAL + """
                  a: {program: udp-echo, args: &args {port: 7000}}
                  b: {program: udp-echo, args: *args}
                """, Overrides.NONE.withSet("boards.b.args.port=8000"));

        assertEquals(7000, (int) s.board("a").orElseThrow().args().get(Arg.PORT));
        assertEquals(8000, (int) s.board("b").orElseThrow().args().get(Arg.PORT));
    }

    @Test
    void set_nameWithDots_isFound() {
        Scenario s = load(MINIMAL + "  pc.1: {program: udp-echo}\n", Overrides.NONE.withSet("boards.pc.1.start=4s"));

        assertEquals(Optional.of(SimTime.seconds(4)), s.board("pc.1").map(Board::startNanos));
    }

    @Test
    void set_badValue_isReportedAtTheOption() {
        assertEquals(List.of("--set boards.client.start=abc: expected a duration like 30s"),
                problems(EXAMPLE, Overrides.NONE.withSet("boards.client.start=abc")));
    }

    @Test
    void set_valueOutOfRange_saysTheRange() {
        assertEquals(List.of("--set network.access_points.classroom.retries=256: retries must be 0-255, got 256"),
                problems(EXAMPLE, Overrides.NONE.withSet("network.access_points.classroom.retries=256")));
    }

    @Test
    void set_badNetem_isReportedAtTheOption() {
        assertEquals(List.of("--set impairments.0.netem=lsos 10%: unknown netem option \"lsos\" (did you mean"
                + " \"loss\"?)"), problems(EXAMPLE, Overrides.NONE.withSet("impairments.0.netem=lsos 10%")));
    }

    @Test
    void duration_badValue_isReportedAtTheOption() {
        assertEquals(List.of("--duration 0s: duration must be more than 0, got 0s"),
                problems(EXAMPLE, Overrides.NONE.withDuration("0s")));
    }

    @Test
    void set_unknownKey_suggestsTheKey() {
        assertEquals(List.of("--set boards.client.strat=2s: unknown key 'strat' under boards.client; did you mean"
                + " 'start'?"), problems(EXAMPLE, Overrides.NONE.withSet("boards.client.strat=2s")));
        assertEquals(List.of("--set network.acces_points.classroom.retries=3: unknown key 'acces_points' under"
                + " network; did you mean 'access_points'?"),
                problems(EXAMPLE, Overrides.NONE.withSet("network.acces_points.classroom.retries=3")));
    }

    @Test
    void set_unknownName_suggestsTheName() {
        assertEquals(List.of("--set boards.clinet.start=2s: there is no board 'clinet' under boards; did you mean"
                + " 'client'?"), problems(EXAMPLE, Overrides.NONE.withSet("boards.clinet.start=2s")));
    }

    @Test
    void set_listIndexOutOfRange_saysHowManyThereAre() {
        assertEquals(List.of("--set impairments.5.netem=loss 1%: impairments has no entry 5 (entries are numbered"
                + " from 0; it has 2)"), problems(EXAMPLE, Overrides.NONE.withSet("impairments.5.netem=loss 1%")));
    }

    @Test
    void set_withoutEquals_showsTheForm() {
        assertEquals(List.of("--set boards.client.start: expected PATH=VALUE with a dotted PATH, e.g."
                + " boards.client.start=2s"), problems(EXAMPLE, Overrides.NONE.withSet("boards.client.start")));
    }

    @Test
    void set_unknownArgument_isReportedAtTheOption() {
        assertEquals(List.of("--set boards.server.args.prot=7000: unknown argument 'prot' in the args of"
                + " java:udp-server; did you mean 'port'?"),
                problems(EXAMPLE, Overrides.NONE.withSet("boards.server.args.prot=7000")));
    }

    @Test
    void overrideProblems_comeBeforeFileProblems() {
        assertEquals(List.of("--set boards.client.start=soon: expected a duration like 30s",
                "lesson.yaml:3:7: seed must be 0 or more, got -2"),
                problems(EXAMPLE.replace("seed: 1 ", "seed: -2"), Overrides.NONE.withSet("boards.client.start=soon")));
    }
}
