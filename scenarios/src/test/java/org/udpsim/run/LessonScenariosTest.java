package org.udpsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.udpsim.board.oled.DispCharFont;
import org.udpsim.board.oled.Glyph;

/**
 * Every shipped lesson scenario validates and runs; each shows what its lesson is about. The runs are the shared ones
 * of {@link LessonRuns}, made once per test JVM for all the tests that read them.
 */
class LessonScenariosTest {
    static final Path LESSONS = Path.of("lessons");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The summary of {@code lesson}'s run, the one run of it this test JVM makes ({@link LessonRuns}). */
    private static JsonNode run(String lesson) throws IOException {
        Path out = LessonRuns.of(LESSONS.resolve(lesson + ".yaml"));
        return JSON.readTree(out.resolve("summary.json").toFile());
    }

    private static JsonNode onlyFlow(JsonNode summary) {
        assertEquals(1, summary.get("flows").size(), summary.get("flows").toString());
        return summary.get("flows").get(0);
    }

    @TestFactory
    Stream<DynamicTest> everyShippedLesson_runsAndWritesEveryOutput() throws IOException {
        List<Path> files = LessonRuns.lessonFiles();
        assertTrue(files.size() >= 5, "the lessons are there: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Path out = LessonRuns.of(f);
            for (Path run : LessonRuns.runFolders(f)) {
                assertRunFolder(run);
            }
            // other lessons may be running into the same folder meanwhile: their work folders are theirs
            String writing = "." + out.getFileName() + ".writing-";
            try (Stream<Path> left = Files.list(LessonRuns.root())) {
                assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(writing)),
                        "no half-written folder is left");
            }
        }));
    }

    /** A run folder holds every output, and no board's program ended with an error. */
    private static void assertRunFolder(Path out) throws IOException {
        for (String name : List.of("summary.json", "trace.jsonl", "console")) {
            assertTrue(Files.exists(out.resolve(name)), out + ": " + name);
        }
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        summary.get("boards").fields().forEachRemaining(b -> {
            assertTrue(Files.exists(out.resolve("console/" + b.getKey() + ".txt")), b.getKey());
            if (b.getValue().get("oled_frames").asLong() > 0) {
                assertTrue(Files.exists(out.resolve("oled/" + b.getKey() + ".gif")));
                assertTrue(Files.exists(out.resolve("oled/" + b.getKey() + "/frames.jsonl")));
                assertTrue(Files.exists(out.resolve("oled/" + b.getKey() + "/frame-0000.png")));
            }
            assertFalse(b.getValue().has("error"), b.getKey() + " ended with " + b.getValue().get("error"));
        });
    }

    @Test
    void tutorial_cleanNetwork_deliversEveryDatagram() throws IOException {
        JsonNode s = run("10.4-udp");
        JsonNode flow = onlyFlow(s);
        assertEquals("192.168.0.3:6000", flow.get("dst").asText());
        assertTrue(flow.get("src").asText().startsWith("client:"));
        assertEquals(flow.get("sent").asLong(), flow.get("delivered").asLong());
        assertEquals(13, flow.get("sent").asLong(), "every 2 s from about 3.5 s to 30 s");
        JsonNode server = s.get("boards").get("server");
        assertEquals("192.168.0.3", server.get("ip").asText());
        assertEquals("[\"hello message from m\",\"from192.168.0.2\"]", server.get("oled_text").toString());
    }

    @Test
    void chineseLesson_utf8OnTheWire_consoleAndOledShowTheChinese() throws IOException {
        JsonNode s = run("10.4-udp-zh");
        JsonNode flow = onlyFlow(s);
        assertEquals(13, flow.get("sent").asLong());
        assertEquals(13, flow.get("delivered").asLong());
        assertEquals("[\"第13条\",\"收到：你好 13\",\"来自192.168.0.2\"]",
                s.get("boards").get("server").get("oled_text").toString());
        assertEquals("[\"已发送：你好 13\",\"发给192.168.0.3\"]", s.get("boards").get("client").get("oled_text").toString());
        List<String> console = Files.readAllLines(LessonRuns.of(LESSONS.resolve("10.4-udp-zh.yaml"))
                .resolve("console/server.txt"));
        assertEquals(List.of("[    4959.234 ms] 等待接收...", "[    5659.483 ms] 收到： 你好 1 来自 ('192.168.0.2', 64333)"),
                console.subList(2, 4));
    }

    @Test
    void chineseLesson_oledFramePngAndGif_drawTheIdeographsFromTheBoardsFont() throws IOException {
        Path out = LessonRuns.of(LESSONS.resolve("10.4-udp-zh.yaml"));
        // frame 1: "收到：你好 1" at (0, 16); each wide character takes 11 px + 1
        BufferedImage png = ImageIO.read(out.resolve("oled/server/frame-0001.png").toFile());
        BufferedImage gif;
        try (ImageInputStream in = ImageIO.createImageInputStream(
                out.resolve("oled/server.gif").toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            // a GIF frame holds only what changed since the one before (disposal none): draw frames 0 and 1 in turn
            gif = new BufferedImage(512, 256, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = gif.createGraphics();
            for (int k = 0; k <= 1; k++) {
                javax.imageio.metadata.IIOMetadataNode place = (javax.imageio.metadata.IIOMetadataNode)
                        ((javax.imageio.metadata.IIOMetadataNode) reader.getImageMetadata(k)
                                .getAsTree("javax_imageio_gif_image_1.0")).getElementsByTagName("ImageDescriptor").item(0);
                g.drawImage(reader.read(k), Integer.parseInt(place.getAttribute("imageLeftPosition")),
                        Integer.parseInt(place.getAttribute("imageTopPosition")), null);
            }
            g.dispose();
        }
        String text = "收到：你好";
        for (int i = 0; i < text.length(); i++) {
            Glyph g = DispCharFont.glyph(text.charAt(i));
            assertFalse(g.equals(DispCharFont.glyph(0xAC00)), "not the missing-glyph box");
            for (int row = 0; row < 16; row++) {
                for (int col = 0; col < 11; col++) {
                    int x = (12 * i + col) * 4;
                    int y = (16 + row) * 4;
                    boolean lit = g.ink(col, row);
                    assertEquals(lit, (png.getRGB(x, y) & 0xFF) > 128, "png " + text.charAt(i) + " " + col + "," + row);
                    assertEquals(lit, (gif.getRGB(x, y) & 0xFF) > 128, "gif " + text.charAt(i) + " " + col + "," + row);
                }
            }
        }
        assertFalse(DispCharFont.glyph('你').equals(DispCharFont.glyph('好')));
    }

    @Test
    void chineseLesson_programs_useOnlyMicroPython112Syntax() throws IOException {
        for (String program : List.of("udp_client_zh.py", "udp_server_zh.py")) {
            String source = Files.readString(LESSONS.resolve(program));
            assertFalse(source.matches("(?s).*\\bf[\"'].*"), program + ": no f-string");
            assertFalse(source.contains(":="), program + ": no walrus");
            assertTrue(source.contains(".encode()") || source.contains(".decode()"), program + ": UTF-8 both ways");
        }
    }

    @Test
    void lossyWifi_losesAboutAFifth_andReorders() throws IOException {
        JsonNode flow = onlyFlow(run("10.4-udp-lossy-wifi"));
        double lost = flow.get("lost").asDouble() / flow.get("sent").asDouble();
        // 20 % loss on ~244 datagrams: sd 2.6 points; 4 sd either way
        assertTrue(lost > 0.095 && lost < 0.305, "lost share " + lost);
        assertEquals(flow.get("lost").asLong(), flow.get("lost_by_reason").get("radio").asLong());
        assertTrue(flow.get("reordered").asLong() > 0);
    }

    @Test
    void burstLoss_losesDatagramsInRuns() throws IOException {
        JsonNode flow = onlyFlow(run("10.4-udp-burst-loss"));
        assertTrue(flow.get("lost").asLong() > 0);
        assertEquals(0, flow.get("reordered").asLong());
    }

    @Test
    void receiverOverload_dropsMostDatagramsAtTheServersSocketQueue() throws IOException {
        JsonNode flow = onlyFlow(run("10.4-udp-receiver-overload"));
        long full = flow.get("lost_by_reason").get("socket_queue_full").asLong();
        assertEquals(flow.get("lost").asLong(), full, "the network loses nothing; the receiver's queue does");
        assertTrue(full > flow.get("delivered").asLong(), "a 5 ms sender outruns a ~25 ms receiver loop");
    }

    @Test
    void classroomBroadcast_reachesTheTeacherFromEveryPupil_minusRadioLoss() throws IOException {
        JsonNode s = run("udp-classroom-broadcast");
        assertEquals(30, s.get("flows").size(), "one broadcast flow per pupil");
        long sent = 0;
        long delivered = 0;
        for (JsonNode f : s.get("flows")) {
            assertEquals("255.255.255.255:6000", f.get("dst").asText());
            sent += f.get("sent").asLong();
            delivered += f.get("delivered").asLong();
        }
        double share = delivered / (double) sent;
        // each broadcast reaches the teacher unless its single radio attempt is lost (5 %), or the teacher's
        // 6-datagram queue is full; about 780 broadcasts
        assertTrue(share > 0.85 && share < 0.99, "teacher got " + share);
        assertTrue(s.get("drops").get("radio").asLong() > 0);
        assertEquals(31, s.get("boards").size());
        List<String> senders = new java.util.ArrayList<>();
        for (JsonNode f : s.get("flows")) {
            senders.add(f.get("src").asText().split(":")[0]);
            assertTrue(f.get("lost").asLong() <= f.get("sent").asLong(), "lost never exceeds sent: " + f);
            assertEquals(f.get("sent").asLong() - f.get("delivered").asLong(), f.get("lost").asLong(), f.toString());
            JsonNode b = f.get("broadcast");
            assertEquals(b.get("copies").asLong(), b.get("delivered").asLong() + b.get("lost_on_the_way").asLong()
                    + b.get("nobody_listening").asLong() + b.get("in_flight").asLong(), "every copy counted once: " + f);
            assertEquals(b.get("nobody_listening").asLong(), b.get("lost_by_reason").get("no_listener").asLong());
        }
        assertEquals("pupils-1", senders.get(0));
        assertEquals("pupils-2", senders.get(1), "rows in natural order: pupils-2 before pupils-10");
        assertEquals("pupils-10", senders.get(9));
    }
}
