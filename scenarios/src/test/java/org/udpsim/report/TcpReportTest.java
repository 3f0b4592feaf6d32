package org.udpsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.reports.charts.LadderDiagram;
import org.udpsim.reports.data.Arrivals;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.PacketTrip;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.data.RunFolder;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.ReportOptions;
import org.udpsim.reports.report.RunReport;
import org.udpsim.run.LessonRuns;
import org.udpsim.run.ScenarioRun;
import org.udpsim.scenario.ScenarioLoader;

/** The report of real TCP runs: the segments' flags and numbers come from the captured bytes. */
class TcpReportTest {
    @TempDir
    Path tmp;

    static List<String> ladderLabels(RunData run, String flow) {
        List<PacketTrip> conversation = new ArrayList<>(run.tripsOf(flow));
        conversation.addAll(run.tripsOf(FlowChoice.reverse(flow)));
        conversation.sort(Comparator.comparingLong(PacketTrip::startTime).thenComparingLong(PacketTrip::id));
        return LadderDiagram.packetLabels(conversation, Labels.of(Lang.EN));
    }

    @Test
    void tutorial_handshakeThenTheGreeting() throws IOException {
        RunData run = RunFolder.read(LessonRuns.of(Path.of("lessons", "10.3-tcp.yaml")));
        String flow = FlowChoice.choose(run, "tcp client").get(0);
        List<String> labels = ladderLabels(run, flow);
        assertEquals(List.of("SYN", "SYN-ACK", "ACK"), labels.subList(0, 3));
        assertTrue(labels.get(3).matches("PSH-ACK seq 1 len 29|ACK seq 1 len 29"), labels.get(3));
        assertTrue(labels.stream().noneMatch(l -> l.contains("retransmission")), "a clean network");
        assertTrue(Arrivals.handedOver(run, flow).size() > 100, "the greeting goes back and forth");
    }

    @Test
    void lossyRadio_retransmissionsShownAndEverythingHandedOverInOrder() throws IOException {
        String lesson = Files.readString(Path.of("lessons", "10.3-tcp.yaml"));
        String lossy = lesson.replaceFirst("(?s)\nexpect:.*", "\n")
                .replace("      uplink: gateway\n", "      uplink: gateway\n      retries: 0\n")
                + "impairments:\n  - hop: client -> classroom\n    netem: \"loss 30%\"\n";
        Path yaml = tmp.resolve("lossy-tcp.yaml");
        Files.writeString(yaml, lossy);
        Path out = tmp.resolve("run");
        ScenarioRun.run(ScenarioLoader.load(yaml), out);
        RunData run = RunFolder.read(out);
        String flow = FlowChoice.choose(run, "tcp client").get(0);
        assertTrue(run.tripsOf(flow).stream().anyMatch(t -> t.end() == PacketTrip.End.DROPPED), "something lost");
        List<String> all = ladderLabels(run, flow);
        assertTrue(all.stream().anyMatch(l -> l.endsWith("(retransmission)")), all.toString());
        List<Arrivals.Arrival> handed = Arrivals.handedOver(run, flow);
        for (int i = 0; i < handed.size(); i++) {
            assertEquals(i + 1, handed.get(i).number(), "TCP hands data over in order");
        }
        RunReport.write(out, ReportOptions.DEFAULT);
        assertTrue(Files.readString(out.resolve("charts/ladder-tcp.svg")).contains("SYN-ACK"));
    }
}
