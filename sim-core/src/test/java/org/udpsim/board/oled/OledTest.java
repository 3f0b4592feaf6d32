package org.udpsim.board.oled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OledTest {
    private long now;
    private final List<Frame> frames = new ArrayList<>();
    private final Oled oled = new Oled(() -> now, frames::add);

    /** The 10.4 UDP server, as the lesson draws: the address, then each datagram and its sender. */
    private void udpServerShows(String message) {
        oled.fill(0);
        oled.dispChar(message, 0, 15);
        oled.dispChar("from192.168.0.2", 0, 31);
        oled.show();
    }

    @Test
    void show_recordsAFrameWithTheClockTimeAndItsTexts() {
        now = 1_500_000_000L;
        oled.dispChar("192.168.0.3:6000", 0, 0);
        Frame first = oled.show();
        now = 3_250_000_000L;
        udpServerShows("hello message from mPython\r\n");

        assertEquals(2, frames.size());
        assertEquals(first, frames.get(0));
        assertEquals(0, first.index());
        assertEquals(1_500_000_000L, first.time());
        assertEquals(List.of("192.168.0.3:6000"), first.textLines());

        Frame second = frames.get(1);
        assertEquals(1, second.index());
        assertEquals(3_250_000_000L, second.time());
        assertEquals(2, second.texts().size(), "the address was cleared by fill(0)");
        DrawnText message = second.texts().get(0);
        assertEquals(DrawnText.Source.DISP_CHAR, message.source());
        assertEquals("hello message from mPython\r\n", message.text());
        assertEquals(0, message.x());
        assertEquals(15, message.y());
        assertEquals("hello message from m", message.visible());
        assertEquals(List.of("hello message from m", "from192.168.0.2"), oled.lastText());
        assertEquals(2, oled.framesShown());
    }

    @Test
    void frame_isASnapshot_laterDrawingDoesNotChangeIt() {
        oled.fillRect(0, 0, 8, 1, 1);
        Frame f = oled.show();
        oled.fill(1);
        oled.text("x", 0, 0);
        assertEquals(0xFF, f.bitmapByte(0));
        assertEquals(0, f.bitmapByte(1));
        assertEquals(1, f.pixel(7, 0));
        assertEquals(0, f.pixel(8, 0));
        byte[] copy = f.bitmap();
        copy[1] = 1;
        assertEquals(0, f.bitmapByte(1), "the bitmap handed out is a copy");
        assertTrue(f.texts().isEmpty());
    }

    @Test
    void frame_bitmap_isTheFramebufferRowByRowMsbFirst() {
        oled.pixel(0, 0, 1);
        oled.pixel(9, 0, 1);
        oled.pixel(127, 63, 1);
        byte[] bits = oled.show().bitmap();
        assertEquals(Framebuffer.BYTES, bits.length);
        assertEquals((byte) 0x80, bits[0]);
        assertEquals(0x40, bits[1]);
        assertEquals(1, bits[1023]);
        assertArrayEquals(oled.toBytes(), bits);
    }

    @Test
    void fillRect_coveringATextBand_forgetsThatTextOnly() {
        oled.dispChar("tcp waiting...", 0, 0);
        oled.dispChar("hello", 0, 48);
        oled.fillRect(0, 48, 128, 16, 0);
        assertEquals(List.of("tcp waiting..."), oled.show().textLines());
    }

    @Test
    void fillRect_coveringPartOfAText_keepsItWhole() {
        oled.dispChar("hello", 0, 0);
        oled.fillRect(0, 0, 10, 16, 0);
        assertEquals(1, oled.texts().size());
    }

    @Test
    void dispChar_opaqueOverAnOlderText_replacesIt() {
        oled.dispChar("12", 0, 0);
        oled.dispChar("3456", 0, 0);
        assertEquals(List.of("3456"), oled.show().textLines());
    }

    @Test
    void dispChar_transparentOverAnOlderText_keepsBoth() {
        oled.dispChar("12", 0, 0);
        oled.dispChar("3456", 0, 0, TextMode.TRANSPARENT);
        assertEquals(2, oled.texts().size());
        assertEquals(List.of("12 3456"), oled.show().textLines());
    }

    @Test
    void text_8x8_isRecordedLikeDispChar() {
        oled.text("Hi!", 0, 56);
        oled.dispChar("top", 4, 0);
        Frame f = oled.show();
        assertEquals(DrawnText.Source.TEXT, f.texts().get(0).source());
        assertEquals(List.of("top", "Hi!"), f.textLines(), "top to bottom");
    }

    @Test
    void lastText_beforeAnyShow_isEmptyAndControlCharactersReadAsSpaces() {
        assertTrue(oled.lastText().isEmpty());
        assertNull(oled.lastFrame());
        oled.dispChar("a\tb\r\n", 0, 0);
        oled.show();
        assertEquals(List.of("a b"), oled.lastText());
    }

    @Test
    void show_withoutAListener_keepsOnlyTheLastFrame() {
        Oled quiet = new Oled(() -> 42L);
        quiet.show();
        Frame last = quiet.show();
        assertEquals(1, last.index());
        assertEquals(42L, quiet.lastFrame().time());
    }

    @Test
    void frameListenerAll_handsEachFrameToEveryListenerInOrder() {
        List<String> seen = new ArrayList<>();
        FrameListener both = FrameListener.all(List.of(f -> seen.add("a" + f.index()), f -> seen.add("b" + f.index())));
        Oled o = new Oled(() -> 0L, both);
        o.show();
        o.show();
        assertEquals(List.of("a0", "b0", "a1", "b1"), seen);
    }
}
