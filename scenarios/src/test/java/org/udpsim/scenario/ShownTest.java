package org.udpsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long values shown cut, and a byte that is not UTF-8 placed as the YAML reader counts lines and columns. */
class ShownTest {
    @Test
    void value_short_isShownWhole() {
        assertEquals("192.168.0.3", Shown.value("192.168.0.3"));
    }

    @Test
    void value_manyDigits_showsFiveAndTheCount() {
        assertEquals("12345…(2000000 digits)", Shown.value("12345" + "6".repeat(1_999_995)));
    }

    @Test
    void value_longText_showsTwentyCharactersAndTheCount() {
        assertEquals("掌控板掌控板掌控板掌控板掌控板掌控板掌控…(60 characters)", Shown.value("掌控板".repeat(20)));
    }

    @Test
    void cutLongWords_cutsOnlyTheLongWord_keepingItsQuotes() {
        String m = "the SSID must be 1-32 bytes, got 300 ('" + "s".repeat(300) + "'), choose another";
        assertEquals("the SSID must be 1-32 bytes, got 300 ('ssssssssssssssssssss…(300 characters)'), choose another",
                Shown.cutLongWords(m));
    }

    @Test
    void problem_neverHoldsAWholeLongValue() {
        ScenarioProblem p = new ScenarioProblem(new SourcePosition("s.yaml", 3, 7), "got " + "9".repeat(5000));
        assertEquals("s.yaml:3:7: got 99999…(5000 digits)", p.toString());
    }

    private static List<String> badByte(byte[] bytes) {
        List<String> found = new ArrayList<>();
        Utf8Text.decode(bytes, b -> found.add(b.line() + ":" + b.column() + " " + b.shown()));
        return found;
    }

    @Test
    void badByte_countsCharactersNotBytes_andLinesOfEveryBreak() {
        byte[] text = "a: 1\r\nb: 2\rc: 掌\u00e9 ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 1];
        System.arraycopy(text, 0, bytes, 0, text.length);
        bytes[text.length] = (byte) 0xFF;
        assertEquals(List.of("3:7 \\xFF"), badByte(bytes));
    }

    @Test
    void badByte_afterAByteOrderMark_isInTheColumnTheReaderShows() {
        assertEquals(List.of("1:7 \\xE9"), badByte(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'n', 'a', 'm',
                'e', ':', ' ', (byte) 0xE9}));
    }

    @Test
    void utf8_isDecoded() {
        assertEquals(List.of(), badByte("name: 掌控板".getBytes(StandardCharsets.UTF_8)));
    }
}
