package org.udpsim.reports.oled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.board.oled.Frame;
import org.udpsim.board.oled.Oled;

class OledGifTest {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    @TempDir
    Path dir;

    private long now;

    @Test
    void gif_fourFrames_haveTheSimulatedGapsAsDelays() throws IOException {
        Path file = dir.resolve("server.gif");
        OledGif gif = new OledGif(file);
        Oled oled = new Oled(() -> now, gif);
        now = 0;
        oled.dispChar("192.168.0.3:6000", 0, 0);
        oled.show();
        now = 1_500_000_000L;               // 1.5 s later: 150 cs
        oled.fill(0);
        oled.dispChar("hello", 0, 15);
        oled.show();
        now = 1_505_000_000L;               // 5 ms later: 0.5 cs rounds to 1, held at 2 cs
        oled.fillCircle(64, 32, 10, 1);
        oled.show();
        now = 101_505_000_000L;             // 100 s later: capped at 500 cs
        oled.fill(1);
        oled.show();
        gif.finish(102_350_000_000L);       // shown 0.845 s until the end: 85 cs

        try (GifFile read = new GifFile(file)) {
            assertEquals(4, read.frames());
            assertEquals(List.of(150, 2, 500, 85), read.delays());
            assertArrayEquals(new byte[] {1, 0, 0}, read.loopExtension(), "NETSCAPE2.0, loop forever");
            BufferedImage third = read.image(2);
            assertEquals(512, third.getWidth());
            assertEquals(256, third.getHeight());
            assertEquals(0xFFFFFF, third.getRGB(64 * 4, 32 * 4) & 0xFFFFFF, "the disc's centre");
            assertEquals(0, third.getRGB(0, 255) & 0xFFFFFF);
            assertEquals(0xFFFFFF, read.image(3).getRGB(0, 255) & 0xFFFFFF, "fill(1)");
        }
    }

    @Test
    void gif_framesHoldOnlyWhatChanged_andAViewerShowsEveryFrameExactlyAsDrawn() throws IOException {
        Path file = dir.resolve("changes.gif");
        List<Frame> frames = new ArrayList<>();
        OledGif gif = new OledGif(file);
        Oled oled = new Oled(() -> now, f -> {
            frames.add(f);
            gif.onFrame(f);
        });
        now = 0;
        oled.dispChar("192.168.0.3:6000", 0, 0);
        oled.show();
        for (int i = 0; i < 12; i++) {
            now += 100_000_000L;
            oled.fillRect(0, 16, 128, 16, 0);
            oled.dispChar("received " + i, 0, 16);
            if (i % 4 == 3) {
                oled.pixel(127, 63, i % 8 == 3 ? 1 : 0);
            }
            oled.show();
        }
        now += 100_000_000L;
        oled.show();                        // nothing changed
        gif.finish(now + 1_000_000_000L);

        FrameImage drawn = new FrameImage(OledLook.DEFAULT);
        try (GifFile read = new GifFile(file)) {
            assertEquals(frames.size(), read.frames());
            assertArrayEquals(new int[] {0, 0, 512, 256}, read.stored(0), "the first frame is the whole screen");
            int[] line = read.stored(1);
            assertTrue(line[1] >= 16 * 4 && line[1] + line[3] <= 32 * 4 && line[2] < 512,
                    "then only the part of rows 16-31 where the text changed: " + Arrays.toString(line));
            int[] corner = read.stored(4);
            assertTrue(corner[1] < 32 * 4 && corner[0] + corner[2] == 512 && corner[1] + corner[3] == 256,
                    "from the changed line to the corner pixel set in the same frame: " + Arrays.toString(corner));
            assertArrayEquals(new int[] {0, 0, 4, 4}, read.stored(frames.size() - 1),
                    "one unchanged OLED pixel carries the delay");
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage expected = drawn.draw(frames.get(i));
                BufferedImage shown = read.image(i);
                for (int y = 0; y < expected.getHeight(); y++) {
                    for (int x = 0; x < expected.getWidth(); x++) {
                        assertEquals(expected.getRGB(x, y) & 0xFFFFFF, shown.getRGB(x, y) & 0xFFFFFF,
                                "frame " + i + " at " + x + "," + y);
                    }
                }
            }
        }
    }

    @Test
    void gif_closedWithoutTheEnd_showsTheLastFrameForLastCs() throws IOException {
        Path file = dir.resolve("a.gif");
        try (OledGif gif = new OledGif(file, OledLook.DEFAULT, new GifTiming(2, 500, 300))) {
            Oled oled = new Oled(() -> now, gif);
            oled.show();
            now = 250_000_000L;
            oled.show();
        }
        try (GifFile read = new GifFile(file)) {
            assertEquals(List.of(25, 300), read.delays());
        }
    }

    @Test
    void gif_noFrames_writesNoFile() throws IOException {
        Path file = dir.resolve("none.gif");
        new OledGif(file).close();
        assertFalse(Files.exists(file));
    }

    @Test
    void gif_manyFrames_areStreamedOneAtATime() throws IOException {
        Path file = dir.resolve("many.gif");
        try (OledGif gif = new OledGif(file, new OledLook(0xFFFFFF, 0, 1), GifTiming.DEFAULT)) {
            Oled oled = new Oled(() -> now, gif);
            for (int i = 0; i < 400; i++) {
                now = i * 20_000_000L;
                oled.fill(0);
                oled.pixel(i % 128, (i / 128) % 64, 1);
                oled.show();
            }
        }
        try (GifFile read = new GifFile(file)) {
            assertEquals(400, read.frames());
            assertEquals(2, read.delays().get(0));
            assertEquals(0xFFFFFF, read.image(399).getRGB(399 % 128, 3) & 0xFFFFFF);
        }
    }

    @Test
    void timing_roundsHalfUpAndHoldsTheBounds() {
        GifTiming t = GifTiming.DEFAULT;
        assertEquals(2, t.delayCs(0));
        assertEquals(2, t.delayCs(-5));
        assertEquals(2, t.delayCs(14_999_999L));
        assertEquals(3, t.delayCs(25_000_000L));
        assertEquals(200, t.delayCs(2_000_000_000L));
        assertEquals(200, t.delayCs(2_004_999_999L));
        assertEquals(201, t.delayCs(2_005_000_000L));
        assertEquals(500, t.delayCs(Long.MAX_VALUE));
    }

    /** A GIF read back with ImageIO's reader and its metadata. */
    private static final class GifFile implements AutoCloseable {
        private final ImageInputStream in;
        private final ImageReader reader;

        GifFile(Path file) throws IOException {
            in = ImageIO.createImageInputStream(file.toFile());
            reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
        }

        int frames() throws IOException {
            return reader.getNumImages(true);
        }

        List<Integer> delays() throws IOException {
            List<Integer> delays = new ArrayList<>();
            for (int i = 0; i < frames(); i++) {
                IIOMetadataNode control = node(i, "GraphicControlExtension");
                delays.add(Integer.parseInt(control.getAttribute("delayTime")));
            }
            return delays;
        }

        byte[] loopExtension() throws IOException {
            IIOMetadataNode ext = node(0, "ApplicationExtension");
            assertNotNull(ext);
            assertEquals("NETSCAPE", ext.getAttribute("applicationID"));
            assertEquals("2.0", ext.getAttribute("authenticationCode"));
            return (byte[]) ext.getUserObject();
        }

        /**
         * Frame {@code i} as a viewer shows it: every frame up to it drawn at its place over the ones before
         * (disposal {@code none}), on the logical screen.
         */
        BufferedImage image(int i) throws IOException {
            IIOMetadataNode screen = (IIOMetadataNode) ((IIOMetadataNode) reader.getStreamMetadata()
                    .getAsTree("javax_imageio_gif_stream_1.0")).getElementsByTagName("LogicalScreenDescriptor").item(0);
            BufferedImage shown = new BufferedImage(Integer.parseInt(screen.getAttribute("logicalScreenWidth")),
                    Integer.parseInt(screen.getAttribute("logicalScreenHeight")), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = shown.createGraphics();
            for (int k = 0; k <= i; k++) {
                IIOMetadataNode place = node(k, "ImageDescriptor");
                assertEquals("none", node(k, "GraphicControlExtension").getAttribute("disposalMethod"));
                g.drawImage(reader.read(k), Integer.parseInt(place.getAttribute("imageLeftPosition")),
                        Integer.parseInt(place.getAttribute("imageTopPosition")), null);
            }
            g.dispose();
            return shown;
        }

        /** Where frame {@code i} as stored goes on the screen: left, top, width, height. */
        int[] stored(int i) throws IOException {
            IIOMetadataNode place = node(i, "ImageDescriptor");
            return new int[] {Integer.parseInt(place.getAttribute("imageLeftPosition")),
                Integer.parseInt(place.getAttribute("imageTopPosition")),
                Integer.parseInt(place.getAttribute("imageWidth")), Integer.parseInt(place.getAttribute("imageHeight"))};
        }

        private IIOMetadataNode node(int image, String name) throws IOException {
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(image).getAsTree(FORMAT);
            return (IIOMetadataNode) root.getElementsByTagName(name).item(0);
        }

        @Override
        public void close() throws IOException {
            reader.dispose();
            in.close();
        }
    }
}
