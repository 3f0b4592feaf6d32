package org.udpsim.reports.oled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.board.oled.Oled;

class OledFilmTest {
    @TempDir
    Path dir;

    private long now;

    @Test
    void film_writesPngsGifAndJsonlInTheRunLayout() throws IOException {
        Path oledFolder = dir.resolve("oled");
        OledFilm film = new OledFilm(oledFolder, "server");
        Oled oled = new Oled(() -> now, film);
        for (int i = 0; i < 3; i++) {
            now = i * 2_000_000_000L;
            oled.fill(0);
            oled.dispChar("datagram " + i, 0, 15);
            oled.show();
        }
        film.finish(7_000_000_000L);

        assertTrue(Files.exists(oledFolder.resolve("server/frame-000.png")));
        assertTrue(Files.exists(oledFolder.resolve("server/frame-002.png")));
        assertEquals(3, Files.readAllLines(oledFolder.resolve("server/frames.jsonl")).size());
        try (ImageInputStream in = ImageIO.createImageInputStream(oledFolder.resolve("server.gif").toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
            reader.dispose();
        }
    }
}
