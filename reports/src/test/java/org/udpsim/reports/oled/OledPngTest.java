package org.udpsim.reports.oled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.board.oled.Frame;
import org.udpsim.board.oled.Oled;

class OledPngTest {
    @TempDir
    Path dir;

    @Test
    void png_frame_is512x256WithEachOledPixelAFourByFourSquare() throws IOException {
        Oled oled = new Oled(() -> 0L);
        oled.pixel(0, 0, 1);
        oled.pixel(127, 63, 1);
        oled.fillRect(10, 10, 2, 1, 1);
        oled.dispChar("192.168.0.2:6000", 0, 16);
        Frame frame = oled.show();
        Path file = dir.resolve("f.png");

        OledPng.write(frame, file);

        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals(512, png.getWidth());
        assertEquals(256, png.getHeight());
        assertEquals(0xFFFFFF, png.getRGB(3, 3) & 0xFFFFFF, "(0,0) lit: white");
        assertEquals(0x000000, png.getRGB(4, 0) & 0xFFFFFF, "(1,0) dark: black");
        assertEquals(0xFFFFFF, png.getRGB(511, 255) & 0xFFFFFF, "(127,63) lit");
        assertEquals(0xFFFFFF, png.getRGB(47, 40) & 0xFFFFFF, "(11,10) lit");
        assertEquals(0x000000, png.getRGB(48, 40) & 0xFFFFFF, "(12,10) dark");
        int lit = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 512; x++) {
                int expected = frame.pixel(x / 4, y / 4) == 1 ? 0xFFFFFF : 0;
                assertEquals(expected, png.getRGB(x, y) & 0xFFFFFF, "(" + x + "," + y + ")");
                lit += expected == 0 ? 0 : 1;
            }
        }
        assertTrue(lit > 16 * 3, "the address is drawn");
    }

    @Test
    void png_otherLook_usesItsColoursAndScale() throws IOException {
        Oled oled = new Oled(() -> 0L);
        oled.pixel(1, 0, 1);
        Path file = dir.resolve("g.png");
        OledPng.write(oled.show(), file, new OledLook(0x40C0FF, 0x101010, 2));
        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals(256, png.getWidth());
        assertEquals(128, png.getHeight());
        assertEquals(0x40C0FF, png.getRGB(3, 1) & 0xFFFFFF);
        assertEquals(0x101010, png.getRGB(1, 1) & 0xFFFFFF);
    }

    @Test
    void pngListener_writesOneNumberedFilePerFrame() throws IOException {
        Path folder = dir.resolve("oled/server");
        Oled oled = new Oled(() -> 0L, new OledPng(folder, OledLook.DEFAULT));
        oled.show();
        oled.fill(1);
        oled.show();
        assertTrue(Files.exists(folder.resolve("frame-000.png")));
        BufferedImage second = ImageIO.read(folder.resolve("frame-001.png").toFile());
        assertEquals(0xFFFFFF, second.getRGB(200, 100) & 0xFFFFFF);
    }
}
