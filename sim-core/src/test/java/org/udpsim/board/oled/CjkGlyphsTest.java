package org.udpsim.board.oled;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CJK font is read only when the first wide character is drawn, and once. */
class CjkGlyphsTest {

    /** Loads this package's classes afresh and records every resource they open. */
    private static final class RecordingLoader extends URLClassLoader {
        final List<String> opened = new ArrayList<>();

        RecordingLoader() {
            super(new URL[] {DispCharFont.class.getProtectionDomain().getCodeSource().getLocation()},
                    ClassLoader.getPlatformClassLoader());
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            opened.add(name.substring(name.lastIndexOf('/') + 1));
            return super.getResourceAsStream(name);
        }
    }

    @Test
    void latinText_neverReadsTheCjkFont_theFirstIdeographReadsItOnce() throws Exception {
        try (RecordingLoader loader = new RecordingLoader()) {
            Class<?> font = loader.loadClass(DispCharFont.class.getName());
            var glyph = font.getMethod("glyph", int.class);
            glyph.invoke(null, (int) 'A');
            glyph.invoke(null, (int) 'é');
            assertEquals(11, font.getMethod("width", int.class).invoke(null, (int) '你'));
            assertEquals(List.of("dispchar-16.txt"), loader.opened, "Latin glyphs and widths only");
            glyph.invoke(null, (int) '你');
            glyph.invoke(null, (int) '好');
            assertEquals(List.of("dispchar-16.txt", CjkGlyphs.RESOURCE), loader.opened);
        }
    }
}
