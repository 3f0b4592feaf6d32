package org.udpsim.lessons;

import java.util.List;
import org.udpsim.board.PythonException;

/** What the tutorial's programs share when ported to Java. */
final class Lessons {
    private Lessons() {
    }

    /**
     * Python's lookup of a local name: in the lessons' {@code except:} handlers, {@code if (s):} raises NameError
     * when {@code socket()} itself failed and {@code s} was never assigned.
     */
    static void requireBound(Object value, String name) {
        if (value == null) {
            throw new PythonException("NameError", "name '" + name + "' isn't defined");
        }
    }

    /** {@code bytes.decode()}: UTF-8, raising UnicodeError on invalid bytes as MicroPython does. */
    static String decode(byte[] data) {
        java.nio.charset.CharsetDecoder d = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
        try {
            return d.decode(java.nio.ByteBuffer.wrap(data)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new PythonException("UnicodeError", "");
        }
    }

    /** {@code t[i]} of a tuple given as a list. */
    static String item(List<String> tuple, int i) {
        return tuple.get(i);
    }
}
