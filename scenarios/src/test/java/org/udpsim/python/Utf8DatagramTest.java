package org.udpsim.python;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.reports.run.ConsoleFiles;
import org.udpsim.cli.Main;
import org.udpsim.board.oled.Frame;
import org.udpsim.board.oled.Oled;
import org.udpsim.trace.OledFrameShown;

/** Chinese text on the wire: a pupil's {@code "你好".encode()} reaches the server's console and OLED as 你好. */
class Utf8DatagramTest {
    private static final String SERVER = String.join("\n",
            "from mpython import *",
            "import socket",
            "mywifi = wifi()",
            "mywifi.connectWiFi('ssid', 'password')",
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "s.bind((mywifi.sta.ifconfig()[0], 6000))",
            "data, addr = s.recvfrom(1024)",
            "print('received:', data)",
            "print(data.decode())",
            "oled.fill(0)",
            "oled.DispChar('收到：%s' % data.decode(), 0, 16)",
            "oled.show()",
            "");
    private static final String CLIENT = String.join("\n",
            "from mpython import *",
            "import socket",
            "mywifi = wifi()",
            "mywifi.connectWiFi('ssid', 'password')",
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "s.sendto('你好'.encode(), ('192.168.0.3', 6000))",
            "");

    @Test
    void chineseDatagram_isDecodedAsUtf8_andShownOnTheConsoleAndTheOled() {
        try (Classroom room = new Classroom()) {
            room.python("server", 0, "server.py", SERVER);
            room.python("client", 3, "client.py", CLIENT);
            room.runFor(8);
            List<String> console = room.console("server");
            assertEquals(List.of("received: b'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd'", "你好"),
                    console.subList(console.size() - 2, console.size()), "after the firmware's WiFi lines");
            Frame shown = room.trace.ofType(OledFrameShown.class).stream()
                    .filter(f -> f.board().equals("server")).reduce((a, b) -> b).orElseThrow().frame();
            assertEquals(List.of("收到：你好"), shown.textLines());
            Oled expected = new Oled(() -> 0L);
            expected.dispChar("收到：你好", 0, 16);
            assertArrayEquals(expected.show().bitmap(), shown.bitmap(), "the same pixels as DispChar draws here");
        }
    }

    @Test
    void invalidUtf8_decode_raisesTheBoardsUnicodeError_oneLine_andTheOtherBoardGoesOn() {
        try (Classroom room = new Classroom()) {
            room.python("board", 0, "bad.py", String.join("\n",
                    "try:",
                    "    b'\\xff\\xfe'.decode()",
                    "except UnicodeError as e:",
                    "    print('caught')",
                    "print(b'\\xe4\\xbd\\xa0'.decode() == '\u4f60')",
                    "b'\\xe4\\xbd'.decode()",
                    ""));
            room.python("ticker", 0, "tick.py", "import time\nfor i in range(3):\n    time.sleep(1)\nprint('done')\n");
            room.runFor(4);
            assertEquals(List.of("caught", "True", "Traceback (most recent call last):",
                    "  File \"bad.py\", line 6, in <module>", "UnicodeError"), room.console("board"));
            assertEquals(List.of("done"), room.console("ticker"));
        }
    }

    @Test
    void chineseDatagram_inARunWithItsReport_isInTheConsoleFileSummaryOledFramesAndReport(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("server.py"), SERVER);
        Files.writeString(dir.resolve("client.py"), CLIENT);
        Path scenario = dir.resolve("zh.yaml");
        Files.writeString(scenario, "name: zh\nduration: 8s\nnetwork:\n  routers: {gateway: {}}\n"
                + "  access_points:\n    classroom: {ssid: ssid, password: password, uplink: gateway}\n"
                + "boards:\n  server: {program: server.py, ip: 192.168.0.3}\n"
                + "  client: {program: client.py, start: 3s}\n");
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        assertEquals(0, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run",
                scenario.toString(), "--out", out.toString(), "--report"), err.toString());
        List<String> console = Files.readAllLines(out.resolve("console/server.txt"), StandardCharsets.UTF_8)
                .stream().map(ConsoleFiles::text).toList();
        assertEquals("你好", console.get(console.size() - 1));
        JsonNode server = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("boards").get("server");
        assertEquals("你好", server.get("last_lines").get(3).asText());
        assertEquals("收到：你好", server.get("oled_text").get(0).asText());
        assertTrue(Files.readString(out.resolve("oled/server/frames.jsonl"), StandardCharsets.UTF_8)
                .contains("收到：你好"), "the OLED frame's text");
        String report = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(report.contains("收到：你好"), "the report names the OLED text");
    }
}
