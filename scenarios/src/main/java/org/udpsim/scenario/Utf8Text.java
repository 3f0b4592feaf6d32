package org.udpsim.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A scenario file's bytes as text: UTF-8, strictly. A byte that is not UTF-8 is one problem at its line and column
 * (counted as the YAML reader counts them: lines broken at LF, CR LF or CR, columns in characters), showing the
 * byte as {@code \xNN}, so a file saved as Latin-1 or Windows-1252 is found at the first accented letter.
 */
final class Utf8Text {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Text() {
    }

    /**
     * The first byte that is not UTF-8 and where it is.
     *
     * @param line from 1
     * @param column from 1, in characters
     * @param value the byte, 0-255
     */
    record BadByte(int line, int column, int value) {
        /** The byte as {@code \xNN}. */
        String shown() {
            return String.format(Locale.ROOT, "\\x%02X", value);
        }
    }

    /**
     * The text of {@code bytes}.
     *
     * @param source the file as the user named it
     * @throws ScenarioException at the first byte that is not UTF-8
     */
    static String decode(byte[] bytes, String source) {
        return decode(bytes, bad -> {
            throw new ScenarioException(List.of(new ScenarioProblem(new SourcePosition(source, bad.line(),
                    bad.column()), "the byte " + bad.shown() + " is not UTF-8 text; save the scenario as UTF-8")));
        }).orElseThrow();
    }

    /** The text of {@code bytes}, or empty after telling {@code bad} of the first byte that is not UTF-8. */
    static Optional<String> decode(byte[] bytes, Consumer<BadByte> bad) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            bad.accept(badByte(bytes, in.position()));
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }

    /** The byte at {@code offset} with its line and column, all bytes before it being UTF-8. */
    private static BadByte badByte(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = startsWithBom(bytes) ? BOM.length : 0;
        for (int i = lineStart; i < offset; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) { // not a continuation byte: a character starts here
                column++;
            }
        }
        return new BadByte(line, column, bytes[offset] & 0xFF);
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }
}
