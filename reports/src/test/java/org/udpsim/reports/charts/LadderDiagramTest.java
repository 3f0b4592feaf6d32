package org.udpsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.PacketTrip;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.data.RunFolder;
import org.udpsim.reports.data.SyntheticRun;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.text.Labels;

class LadderDiagramTest {
    static final String UDP = "udp 192.168.0.2:50000 > 192.168.0.3:6000";
    static final String TCP = "tcp 192.168.0.2:40000 > 192.168.0.3:80";

    @TempDir
    Path tmp;
    RunData run;

    @BeforeEach
    void read() throws IOException {
        run = RunFolder.read(SyntheticRun.write(tmp.resolve("run"), "hi"));
    }

    @Test
    void columns_senderThenTheNodesOnTheWayThenReceiver() {
        assertEquals(List.of("client", "ap", "server"), LadderDiagram.columns(run, UDP, run.tripsOf(UDP)));
    }

    @Test
    void packetLabels_tcp_handshakeDataRetransmissionTeardown() {
        List<PacketTrip> conversation = new ArrayList<>(run.tripsOf(TCP));
        conversation.addAll(run.tripsOf(FlowChoice.reverse(TCP)));
        conversation.sort(Comparator.comparingLong(PacketTrip::startTime));
        assertEquals(List.of("SYN", "SYN-ACK", "ACK", "PSH-ACK seq 1 len 10", "PSH-ACK seq 11 len 10", "ACK",
                "PSH-ACK seq 1 len 10 (retransmission)", "ACK", "FIN-ACK", "FIN-ACK", "ACK"),
                LadderDiagram.packetLabels(conversation, Labels.of(Lang.EN)));
    }

    @Test
    void packetLabels_udp_numberedInSendingOrder() {
        assertEquals(List.of("#1", "#2", "#3", "#4", "#5", "#6"),
                LadderDiagram.packetLabels(run.tripsOf(UDP), Labels.of(Lang.EN)));
    }

    @Test
    void of_tcp_drawsEveryFlagAndALostSegment() {
        String svg = ChartFiles.svgElement(LadderDiagram.of(run, TCP, Labels.of(Lang.EN)));
        for (String word : List.of("SYN-ACK", "FIN-ACK", "(retransmission)", "client", "ap", "server")) {
            assertTrue(svg.contains(">" + word) || svg.contains(word + "<"), word);
        }
        assertTrue(svg.contains("rgb(213,94,0)"), "a lost segment is drawn in vermillion");
    }

    @Test
    void of_timeIsLinear_withRoundTicks() throws IOException {
        for (String flow : List.of(UDP, TCP)) {
            Chart c = LadderDiagram.of(run, flow, Labels.of(Lang.EN));
            ChartFiles.png(c); // lays the axes out
            for (XYPlot p : panels(c)) {
                NumberAxis time = (NumberAxis) p.getRangeAxis();
                assertNull(time.getNumberFormatOverride(), "the axis writes its own numbers: " + flow);
                assertRound(time.getTickUnit().getSize());
            }
        }
    }

    @Test
    void zoom_aHandshakeBeforeDataEvery100ms_isEnlarged_evenlySpacedPacketsAreNot() {
        List<LadderLayout.Track> handshake = new ArrayList<>(List.of(
                track(0, 2, 0, 0.3), track(2, 0, 0.3, 0.6), track(0, 2, 0.6, 0.9), track(0, 2, 0.62, 0.95)));
        List<LadderLayout.Track> late = new ArrayList<>(List.of(track(0, 1, 0, 0)));
        List<LadderLayout.Track> even = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            handshake.add(track(i % 2 == 0 ? 2 : 0, i % 2 == 0 ? 0 : 2, i * 100, i * 100 + 0.4));
            even.add(track(0, 2, i * 100, i * 100 + 10));
        }
        double[] z = LadderDiagram.zoom(handshake, 3, 900.4);
        assertEquals(0, z[0], 1e-9);
        assertEquals(0.95, z[1], 1e-9, "the handshake, to the end of the first data segment");
        assertNull(LadderDiagram.zoom(even, 3, 910));
        // a lost SYN, then a handshake crowded 3 s later
        late.add(track(0, 2, 3000, 3000.3));
        late.add(track(2, 0, 3000.3, 3000.6));
        late.add(track(0, 2, 3000.6, 3000.9));
        late.add(track(0, 2, 3000.62, 3000.95));
        late.add(track(0, 2, 3500, 3510));
        z = LadderDiagram.zoom(late, 3, 3510);
        assertEquals(3000, z[0], 1e-9);
        assertEquals(3000.95, z[1], 1e-9);
    }

    @Test
    void layout_noLabelOverlapsAnotherOrAnyLine_everyPacketLabelled() {
        for (String flow : List.of(UDP, TCP)) {
            assertClear(LadderDiagram.of(run, flow, Labels.of(Lang.EN)), flow);
            assertClear(LadderDiagram.of(run, flow, Labels.of(Lang.ZH)), flow);
        }
    }

    @Test
    void layout_aSegmentAndAnAckTheOtherWayAtTheSameMoment_areDrawnApart_inTheirOrder() {
        // a data segment reaches the server at 10.1 ms over the hop ap -> server; the ACK leaves at once, back
        LadderLayout.Track data = new LadderLayout.Track("PSH-ACK seq 1 len 10", "", new double[] {0, 1, 2},
                new double[] {0, 10, 10.1}, PacketArrow.Ending.ARROW, ChartStyle.TCP, false);
        LadderLayout.Track ack = new LadderLayout.Track("ACK", "", new double[] {2, 1, 0},
                new double[] {10.1, 10.2, 20}, PacketArrow.Ending.ARROW, ChartStyle.TCP, false);
        // and the next segment leaves the client as the ACK arrives
        LadderLayout.Track next = new LadderLayout.Track("PSH-ACK seq 11 len 10", "", new double[] {0, 1, 2},
                new double[] {20, 20.1, 20.2}, PacketArrow.Ending.ARROW, ChartStyle.TCP, false);
        LadderLayout.View view = new LadderLayout.View(-0.5, 2.5, 3, -1, 21, Set.of(0, 1, 2), null);
        LadderLayout.Result r = LadderLayout.of(List.of(data, ack, next), view,
                new Rectangle2D.Double(90, 100, 900, 800));
        Line2D a = r.arrows().get(0).way().get(1);
        Line2D b = r.arrows().get(1).way().get(0);
        assertTrue(Math.abs(a.getY1() - b.getY2()) >= LadderLayout.LANE - 1
                && Math.abs(a.getY2() - b.getY1()) >= LadderLayout.LANE - 1, a.getP1() + " " + b.getP2());
        double[] head = r.arrows().get(0).endMark();
        assertTrue(b.ptSegDist(head[0], head[1]) >= LadderLayout.LANE - 1, "the segment's head is off the ACK");
        assertTrue(b.getY1() >= a.getY2() - 1e-9, "the ACK leaves no earlier than the segment arrives");
        double[] ackEnd = r.arrows().get(1).endMark();
        assertTrue(r.arrows().get(2).ys()[0] >= ackEnd[1] - 1e-9, "nor the next segment before the ACK arrives");
        LadderChecks.assertApart(r, "data and ACK");
        LadderChecks.assertClear(r, "data and ACK", 1000);
    }

    @Test
    void rows_onePerPacket_fromToWhenAndHowItEnded() {
        List<LadderDiagram.Row> rows = LadderDiagram.rows(run, UDP, Labels.of(Lang.EN));
        assertEquals(6, rows.size());
        assertEquals(List.of("#1", "udp", "client", "server", "0.000", "3.000", "delivered", "", ""),
                rows.get(0).cells());
        assertEquals(List.of("#2", "udp", "client", "client->ap", "100.000", "101.000", "dropped", "radio",
                "radio: frame lost"), rows.get(1).cells());
        assertEquals(350.0, rows.get(2).endMs(), 1e-9);
        assertEquals(305.0, rows.get(3).endMs(), 1e-9, "#4 overtook #3");
        assertEquals(LadderDiagram.Outcome.DROPPED, rows.get(5).outcome());
        assertEquals("socket_queue_full", rows.get(5).reason());
        assertEquals("server", rows.get(5).to());
        assertEquals(LadderDiagram.COLUMNS.size(), rows.get(0).cells().size());
        List<LadderDiagram.Row> tcp = LadderDiagram.rows(run, TCP, Labels.of(Lang.EN));
        assertEquals(List.of("SYN", "SYN-ACK", "ACK", "PSH-ACK seq 1 len 10", "PSH-ACK seq 11 len 10", "ACK",
                "PSH-ACK seq 1 len 10 (retransmission)", "ACK", "FIN-ACK", "FIN-ACK", "ACK"),
                tcp.stream().map(LadderDiagram.Row::label).toList());
        assertEquals("server", tcp.get(1).from());
        assertEquals("random loss", tcp.get(3).reasonWords());
        assertEquals("tcp", tcp.get(3).protocol());
    }

    @Test
    void of_radioDropWithoutRetries_saysFrameLost() {
        String svg = ChartFiles.svgElement(LadderDiagram.of(run, UDP, Labels.of(Lang.EN)));
        assertTrue(svg.contains("radio: frame lost"));
        assertFalse(svg.contains("every try"));
        assertTrue(svg.contains("rgb(0,114,178)"), "UDP in Okabe-Ito blue");
    }

    static LadderLayout.Track track(int from, int to, double sent, double arrived) {
        return new LadderLayout.Track("#", "", new double[] {from, (from + to) / 2.0, to},
                new double[] {sent, (sent + arrived) / 2, arrived}, PacketArrow.Ending.ARROW, Color.BLUE, false);
    }

    static List<XYPlot> panels(Chart c) {
        Plot p = c.chart().getPlot();
        return p instanceof CombinedDomainXYPlot combined ? combined.getSubplots() : List.of((XYPlot) p);
    }

    /** 1, 2 or 5 times a power of ten. */
    static void assertRound(double size) {
        double mantissa = size / Math.pow(10, Math.floor(Math.log10(size) + 1e-9));
        assertTrue(Set.of(1L, 2L, 5L).contains(Math.round(mantissa)) && Math.abs(mantissa - Math.round(mantissa)) < 1e-6,
                "a round tick: " + size);
    }

    /** Every panel of the ladder: see {@link LadderChecks#assertClear(LadderLayout.Result, String, int)}; each packet named. */
    static void assertClear(Chart c, String what) {
        Set<Integer> named = new TreeSet<>();
        int packets = 0;
        for (LadderLayout.Result r : LadderDiagram.layouts(c)) {
            LadderChecks.assertClear(r, what, c.width());
            LadderChecks.assertApart(r, what);
            r.boxes().stream().filter(b -> !b.note()).forEach(b -> named.add(b.packet()));
            for (PacketArrow a : r.arrows()) {
                packets = Math.max(packets, a.packet() + 1);
            }
        }
        for (int i = 0; i < packets; i++) {
            assertTrue(named.contains(i), what + ": packet " + i + " is named in some panel");
        }
    }
}
