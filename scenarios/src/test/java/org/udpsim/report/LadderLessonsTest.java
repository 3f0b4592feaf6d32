package org.udpsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Line2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.udpsim.reports.charts.Chart;
import org.udpsim.reports.charts.ChartFiles;
import org.udpsim.reports.charts.LadderDiagram;
import org.udpsim.reports.charts.LadderChecks;
import org.udpsim.reports.charts.LadderLayout;
import org.udpsim.reports.charts.PacketArrow;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.PacketTrip;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.data.RunFolder;
import org.udpsim.reports.data.DropWords;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.text.Labels;
import org.udpsim.run.LessonRuns;

/** The ladders of the shipped lessons' runs: every label readable, none on another or on a line. */
class LadderLessonsTest {
    static final Labels EN = Labels.of(Lang.EN);

    /** The run folders of the lessons whose ladders are checked: both halves of udp-vs-tcp. */
    static List<RunData> runs() throws IOException {
        List<RunData> runs = new ArrayList<>();
        Path compared = LessonRuns.of(Path.of("lessons", "udp-vs-tcp.yaml"));
        runs.add(RunFolder.read(compared.resolve("udp")));
        runs.add(RunFolder.read(compared.resolve("tcp")));
        for (String lesson : List.of("10.3-tcp.yaml", "10.4-udp-lossy-wifi.yaml", "10.4-udp-burst-loss.yaml",
                "udp-classroom-broadcast.yaml")) {
            runs.add(RunFolder.read(LessonRuns.of(Path.of("lessons", lesson))));
        }
        return runs;
    }

    @Test
    void everyLadder_labelsOverlapNothing_andEveryPacketIsNamed() throws IOException {
        int ladders = 0;
        for (RunData run : runs()) {
            for (String flow : FlowChoice.choose(run, null)) {
                for (Labels labels : List.of(EN, Labels.of(Lang.ZH))) {
                    Chart c = LadderDiagram.of(run, flow, labels);
                    String what = run.info().scenario() + " " + flow + " " + labels.lang();
                    Set<Integer> named = new TreeSet<>();
                    Set<Integer> drawn = new TreeSet<>();
                    for (LadderLayout.Result r : LadderDiagram.layouts(c)) {
                        LadderChecks.assertClear(r, what, c.width());
                        LadderChecks.assertApart(r, what);
                        r.boxes().stream().filter(b -> !b.note()).forEach(b -> named.add(b.packet()));
                        r.arrows().forEach(a -> drawn.add(a.packet()));
                    }
                    assertEquals(drawn, named, what + ": every packet drawn is named in some panel");
                    assertEquals(LadderDiagram.rows(run, flow, labels).size(), drawn.size(), what);
                    ladders++;
                }
            }
        }
        assertEquals(12, ladders);
    }

    @Test
    void tcpLesson_theHandshakeIsEnlargedInATopPanel_theTimeAxesAreLinearWithRoundTicks() throws IOException {
        RunData run = RunFolder.read(LessonRuns.of(Path.of("lessons", "10.3-tcp.yaml")));
        Chart c = LadderDiagram.of(run, FlowChoice.choose(run, "tcp client").get(0), EN);
        List<XYPlot> panels = ((CombinedDomainXYPlot) c.chart().getPlot()).getSubplots();
        assertEquals(2, panels.size(), "an enlarged first stretch above the whole");
        ChartFiles.png(c);
        for (XYPlot p : panels) {
            NumberAxis time = (NumberAxis) p.getRangeAxis();
            assertNull(time.getNumberFormatOverride());
            double size = time.getTickUnit().getSize();
            double mantissa = size / Math.pow(10, Math.floor(Math.log10(size) + 1e-9));
            assertTrue(Math.abs(mantissa - Math.round(mantissa)) < 1e-6
                    && Set.of(1L, 2L, 5L).contains(Math.round(mantissa)), "a round tick: " + size);
        }
        assertTrue(panels.get(0).getRangeAxis().getUpperBound() < 5, "the first milliseconds");
        assertTrue(panels.get(1).getRangeAxis().getUpperBound() > 100, "the whole");
        List<LadderLayout.Result> layouts = LadderDiagram.layouts(c);
        List<String> top = layouts.get(0).boxes().stream().map(LadderLayout.Box::text).toList();
        assertTrue(top.containsAll(List.of("SYN", "SYN-ACK", "ACK")), top.toString());
        List<String> below = layouts.get(1).boxes().stream().map(LadderLayout.Box::text).toList();
        assertFalse(below.contains("SYN"), "the handshake is named once, where it is readable: " + below);
        assertNull(layouts.get(0).band());
        assertTrue(layouts.get(1).band() != null, "the enlarged stretch is shaded below");
    }

    @Test
    void udpVsTcp_aSegmentAndTheAckBackAtTheSameMoment_areDrawnApart() throws IOException {
        RunData run = RunFolder.read(LessonRuns.of(Path.of("lessons", "udp-vs-tcp.yaml")).resolve("tcp"));
        String flow = FlowChoice.choose(run, "tcp").get(0);
        List<LadderDiagram.Row> rows = LadderDiagram.rows(run, flow, EN);
        int ack = -1;
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).label().equals("ACK") && Math.abs(rows.get(i).sentMs() - rows.get(i - 1).endMs()) < 1e-6) {
                ack = i;
                break;
            }
        }
        assertTrue(ack > 0, "an ACK leaves the server as the segment it answers arrives: " + rows);
        for (LadderLayout.Result r : LadderDiagram.layouts(LadderDiagram.of(run, flow, EN))) {
            PacketArrow data = arrow(r, ack - 1);
            PacketArrow back = arrow(r, ack);
            if (data != null && back != null) {
                Line2D last = data.way().get(data.way().size() - 1);
                Line2D first = back.way().get(0);
                assertTrue(first.ptSegDist(last.getX2(), last.getY2()) >= LadderLayout.LANE - 1,
                        "the segment's arrowhead is off the ACK's line");
                assertTrue(last.ptSegDist(first.getX2(), first.getY2()) >= LadderLayout.LANE - 1,
                        "the ACK's line runs apart from the segment's");
            }
        }
    }

    @Test
    void lossyWifi_withoutRetries_aRadioDropIsAFrameLost() throws IOException {
        RunData run = RunFolder.read(LessonRuns.of(Path.of("lessons", "10.4-udp-lossy-wifi.yaml")));
        String flow = FlowChoice.choose(run, "udp").get(0);
        List<LadderDiagram.Row> radio = LadderDiagram.rows(run, flow, EN).stream()
                .filter(r -> r.reason().equals("radio")).toList();
        assertFalse(radio.isEmpty());
        radio.forEach(r -> assertEquals("radio: frame lost", r.reasonWords()));
        String svg = ChartFiles.svgElement(LadderDiagram.of(run, flow, EN));
        assertTrue(svg.contains("radio: frame lost"));
        assertFalse(svg.contains("every try"), "the access point has retries: 0");
    }

    @Test
    void broadcast_aCopyTheAccessPointLost_wasSentOnce_thoughUnicastIsRetried() throws IOException {
        RunData run = RunFolder.read(LessonRuns.of(Path.of("lessons", "udp-classroom-broadcast.yaml")));
        assertEquals(7, DropWords.retries(run.info(), "classroom->teacher"));
        PacketTrip lost = run.trips().stream().filter(t -> t.isCopy() && "radio".equals(t.reason())
                && t.endPlace().startsWith("classroom->")).findFirst().orElseThrow();
        assertEquals(0, DropWords.retries(run, lost));
        assertEquals("radio: frame lost", DropWords.of(run, lost, EN));
    }

    private static PacketArrow arrow(LadderLayout.Result r, int packet) {
        return r.arrows().stream().filter(a -> a.packet() == packet).findFirst().orElse(null);
    }

}
