package org.udpsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.reports.data.FlowChoice;
import org.udpsim.reports.data.PacketTrip;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.data.RunFolder;
import org.udpsim.reports.data.SyntheticRun;
import org.udpsim.reports.report.Lang;
import org.udpsim.reports.report.Labels;

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
}
