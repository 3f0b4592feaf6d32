package org.udpsim.reports.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.reports.data.PacketTrip;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.data.RunFolder;
import org.udpsim.reports.data.SyntheticRun;
import org.udpsim.reports.run.RunInfo;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.Lang;

class DropWordsTest {
    @TempDir
    Path tmp;

    @Test
    void reason_radio_saysFrameLostWithoutRetries_everyTryWithThem() {
        Labels en = Labels.of(Lang.EN);
        assertEquals("radio: frame lost", en.reason("radio", 0));
        assertEquals("radio: every try lost", en.reason("radio", 7));
        assertEquals("radio: every try lost", en.reason("radio", -1));
        assertEquals("random loss", en.reason("loss", 0));
        assertEquals("无线：帧丢失", Labels.of(Lang.ZH).reason("radio", 0));
    }

    @Test
    void retries_fromTheAccessPointsNote_onEitherDirectionOfItsHops() {
        RunInfo info = info(List.of(new RunInfo.HopImpairment("*", "classroom", "loss 5%", "retries 3"),
                new RunInfo.HopImpairment("client", "classroom", "loss 20%", "")));
        assertEquals(3, DropWords.retries(info, "client->classroom"));
        assertEquals(3, DropWords.retries(info, "classroom->server"));
        assertEquals(-1, DropWords.retries(info, "gateway->server"));
        assertEquals(-1, DropWords.retries(info, "server"));
        assertEquals(-1, DropWords.retries(info(List.of()), "client->classroom"));
    }

    @Test
    void of_aRadioDropWhereTheAccessPointNeverRetries_isAFrameLost() throws IOException {
        RunData run = RunFolder.read(SyntheticRun.write(tmp.resolve("run"), "hi"));
        List<PacketTrip> dropped = run.trips().stream().filter(t -> t.end() == PacketTrip.End.DROPPED).toList();
        PacketTrip radio = dropped.stream().filter(t -> "radio".equals(t.reason())).findFirst().orElseThrow();
        assertEquals("radio: frame lost", DropWords.of(run, radio, Labels.of(Lang.EN)));
        PacketTrip queue = dropped.stream().filter(t -> "socket_queue_full".equals(t.reason())).findFirst()
                .orElseThrow();
        assertEquals("receiver's socket queue full", DropWords.of(run, queue, Labels.of(Lang.EN)));
        PacketTrip delivered = run.trips().stream().filter(t -> t.end() == PacketTrip.End.DELIVERED).findFirst()
                .orElseThrow();
        assertEquals("", DropWords.of(run, delivered, Labels.of(Lang.EN)));
    }

    private static RunInfo info(List<RunInfo.HopImpairment> hops) {
        return new RunInfo("s", "", "s.yaml", 1, 1, "udpsim run s.yaml", List.of(
                new RunInfo.Node("classroom", RunInfo.Kind.ACCESS_POINT, "", ""),
                new RunInfo.Node("client", RunInfo.Kind.BOARD, "192.168.0.2", "x")), List.of(), hops, List.of());
    }
}
