package org.udpsim.reports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.udpsim.reports.run.RunInfo;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.Lang;

class RadioReachTest {
    private static final Labels EN = Labels.of(Lang.EN);

    private static RunInfo classroom(String radio, int retries, RunInfo.HopImpairment... more) {
        List<RunInfo.HopImpairment> hops = new java.util.ArrayList<>(List.of(
                new RunInfo.HopImpairment("*", "classroom", radio, "retries " + retries)));
        hops.addAll(List.of(more));
        return new RunInfo("t", "", "t.yaml", 1, 1, "udpsim run t.yaml", List.of(
                new RunInfo.Node("gateway", RunInfo.Kind.ROUTER, "192.168.0.1", ""),
                new RunInfo.Node("classroom", RunInfo.Kind.ACCESS_POINT, "", ""),
                new RunInfo.Node("client", RunInfo.Kind.BOARD, "192.168.0.2", "udp_client.py")),
                List.of(new RunInfo.Connection("classroom", "gateway", false),
                        new RunInfo.Connection("classroom", "client", true)), hops, List.of());
    }

    @Test
    void accessPointRadio_thirtyPercentNoRetries_isAboutFiftyOnePercentBoardToBoard() {
        RunInfo info = classroom("loss 30%", 0);
        String words = RadioReach.describe(info, info.impairments().get(0), EN);
        assertTrue(words.startsWith("Applies to every station's radio hop at classroom, both ways"), words);
        // 1 - 0.7 * 0.7 = 0.51 for unicast; a broadcast also crosses two untried hops here
        assertTrue(words.contains("with 0 retries, about 51.0 % of unicast datagrams and about 51.0 % of broadcasts"),
                words);
    }

    @Test
    void accessPointRadio_withSevenRetries_unicastAlmostNeverLost_broadcastKeepsTheDownlinkLoss() {
        RunInfo info = classroom("loss 5%", 7);
        String words = RadioReach.describe(info, info.impairments().get(0), EN);
        assertTrue(words.contains("less than 0.01 % of unicast datagrams and about 5.0 % of broadcasts"), words);
    }

    @Test
    void oneRadioHop_appliesToThatDirectionOnly() {
        RunInfo info = classroom("", 0, new RunInfo.HopImpairment("client", "classroom", "loss 10%", ""));
        assertEquals("", RadioReach.describe(info, info.impairments().get(0), EN), "no radio loss set");
        assertEquals("Applies to client → classroom only, to each try of a frame: with 0 retries, about 10.0 % of "
                + "datagrams are lost there.", RadioReach.describe(info, info.impairments().get(1), EN));
    }

    @Test
    void burstLoss_saysWhereWithoutAFigure() {
        RunInfo info = classroom("loss gemodel 1% 30%", 0);
        assertEquals("Applies to every station's radio hop at classroom, both ways, to each try of a frame.",
                RadioReach.describe(info, info.impairments().get(0), EN));
    }
}
