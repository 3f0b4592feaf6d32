package org.udpsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.cli.Main;

/**
 * How summary.json counts a flow's packets: every packet sent is delivered, dropped or still in flight at the end;
 * of the delivered datagrams, {@code queued_unread} were never read by the receiving program; and a packet damaged on
 * the way stays in the flow it was sent in.
 */
class FlowCountingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everyShippedLesson_balancesItsFlows_sentAndCopies_areDeliveredLostOrInFlight() throws IOException {
        for (Path lesson : LessonRuns.lessonFiles()) {
            for (Path run : LessonRuns.runFolders(lesson)) {
                for (JsonNode f : JSON.readTree(run.resolve("summary.json").toFile()).get("flows")) {
                    String where = run.getFileName() + " " + f.get("src").asText() + " > " + f.get("dst").asText();
                    JsonNode b = f.get("broadcast");
                    if (b == null) {
                        assertEquals(f.get("sent").asLong() + f.get("duplicated").asLong(), f.get("delivered").asLong()
                                + f.get("lost").asLong() + f.get("in_flight").asLong(), where);
                    } else {
                        assertEquals(b.get("copies").asLong(), b.get("delivered").asLong()
                                + b.get("lost_on_the_way").asLong() + b.get("nobody_listening").asLong()
                                + b.get("in_flight").asLong(), where);
                    }
                    JsonNode unread = f.get("queued_unread");
                    if (f.get("protocol").asText().equals("udp")) {
                        assertTrue(unread.asLong() >= 0 && unread.asLong() <= f.get("delivered").asLong(), where);
                    } else {
                        assertTrue(unread.isNull(), where + ": TCP and ICMP queue no datagrams");
                    }
                }
            }
        }
    }

    @Test
    void receiverOverload_serverPrintsWhatItRead_theDeliveredLessTheDatagramsLeftInItsQueue() throws IOException {
        Path out = LessonRuns.of(Path.of("lessons/10.4-udp-receiver-overload.yaml"));
        JsonNode flow = JSON.readTree(out.resolve("summary.json").toFile()).get("flows").get(0);
        long received = Files.readAllLines(out.resolve("console/server.txt")).stream()
                .filter(l -> l.contains("received:")).count();
        assertEquals(6, flow.get("queued_unread").asLong(), "the board's 6-datagram queue is full when the run ends");
        assertEquals(flow.get("delivered").asLong() - 6, received);
        long unreadRecords = Files.readAllLines(out.resolve("trace.jsonl")).stream()
                .filter(l -> l.contains("\"type\":\"unread\"")).count();
        assertEquals(6, unreadRecords, "trace.jsonl names each datagram left unread");
    }

    @Test
    void corruptedPackets_stayInTheFlowTheyWereSentIn_andDieOnTheirChecksum() throws IOException {
        Path lesson = JavaPorts.copy(Path.of("lessons/10.4-udp-lossy-wifi.yaml"), tmp);
        Path dir = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run", lesson.toString(),
                "--out", dir.toString(), "--duration", "60s", "--set", "impairments.0.netem=corrupt 10%");
        assertEquals(0, exit, err.toString());
        JsonNode s = JSON.readTree(dir.resolve("summary.json").toFile());
        assertEquals(1, s.get("flows").size(), "bit flips in addresses or ports make no new flow: " + s.get("flows"));
        JsonNode f = s.get("flows").get(0);
        long checksum = f.get("lost_by_reason").path("checksum").asLong();
        assertTrue(checksum > 0, "10 % of about 540 datagrams are damaged");
        assertEquals(f.get("lost").asLong(), checksum, "a damaged packet dies on a checksum, never misrouted");
        assertFalse(s.get("drops").has("host_unreachable"), s.get("drops").toString());
        assertEquals(f.get("sent").asLong(), f.get("delivered").asLong() + checksum + f.get("in_flight").asLong());
    }
}
