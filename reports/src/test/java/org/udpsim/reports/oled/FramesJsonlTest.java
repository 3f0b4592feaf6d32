package org.udpsim.reports.oled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.board.oled.Oled;
import org.udpsim.board.oled.TextMode;

class FramesJsonlTest {
    @TempDir
    Path dir;

    private long now;

    @Test
    void jsonl_udpServerFrames_oneLinePerFrameWithTimeAndTexts() throws IOException {
        Path file = dir.resolve("server/frames.jsonl");
        try (FramesJsonl jsonl = new FramesJsonl(file)) {
            Oled oled = new Oled(() -> now, jsonl);
            now = 2_000_000_001L;
            oled.dispChar("192.168.0.3:6000", 0, 0);
            oled.show();
            now = 3_250_000_000L;
            oled.fill(0);
            oled.dispChar("hello message from mPython\r\n", 0, 15);
            oled.dispChar("from192.168.0.2", 0, 31);
            oled.show();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        assertEquals("{\"index\":0,\"time\":2.000000001,\"screen\":[\"192.168.0.3:6000\"],\"texts\":[{\"call\":\"DispChar\","
                + "\"text\":\"192.168.0.3:6000\",\"x\":0,\"y\":0,\"visible\":\"192.168.0.3:6000\","
                + "\"lines\":[{\"x\":0,\"y\":0,\"visible\":\"192.168.0.3:6000\"}]}]}", lines.get(0));
        assertEquals("{\"index\":1,\"time\":3.250000000,\"screen\":[\"hello message from m\",\"from192.168.0.2\"],"
                + "\"texts\":[{\"call\":\"DispChar\",\"text\":\"hello message from mPython\\r\\n\",\"x\":0,\"y\":15,"
                + "\"visible\":\"hello message from m\",\"lines\":[{\"x\":0,\"y\":15,\"visible\":\"hello message from m\"}]},"
                + "{\"call\":\"DispChar\",\"text\":\"from192.168.0.2\",\"x\":0,\"y\":31,\"visible\":\"from192.168.0.2\","
                + "\"lines\":[{\"x\":0,\"y\":31,\"visible\":\"from192.168.0.2\"}]}]}", lines.get(1));
    }

    @Test
    void jsonl_wrappedText_listsEachScreenLine() {
        Oled oled = new Oled(() -> 0L);
        oled.dispChar("mmmmmmmmmmmmm", 0, 0, TextMode.NORMAL, true);
        oled.text("8x8", 0, 40);
        String line = FramesJsonl.line(oled.show());
        assertTrue(line.contains("\"lines\":[{\"x\":0,\"y\":0,\"visible\":\"mmmmmmmmmmm\"},{\"x\":0,\"y\":16,\"visible\":\"mm\"}]"),
                line);
        assertTrue(line.contains("{\"call\":\"text\",\"text\":\"8x8\",\"x\":0,\"y\":40,\"visible\":\"8x8\""), line);
        assertTrue(line.contains("\"screen\":[\"mmmmmmmmmmm\",\"mm\",\"8x8\"]"), line);
    }
}
