package org.udpsim.board;

import java.util.List;
import java.util.Locale;

/**
 * Python's {@code str()} and {@code repr()} of the values lesson programs print: bytes, str, int, float, bool,
 * None, tuples and addresses. MicroPython follows CPython here.
 */
public final class Py {
    private Py() {
    }

    /** {@code str(x)}: a string as itself, everything else as its repr. */
    public static String str(Object x) {
        return x instanceof String s ? s : repr(x);
    }

    /** {@code repr(x)}. */
    public static String repr(Object x) {
        if (x == null) {
            return "None";
        }
        if (x instanceof byte[] b) {
            return bytesRepr(b);
        }
        if (x instanceof String s) {
            return stringRepr(s);
        }
        if (x instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (x instanceof Double || x instanceof Float) {
            return floatRepr(((Number) x).doubleValue());
        }
        if (x instanceof Number n) {
            return n.toString();
        }
        if (x instanceof SocketAddress a) {
            return "('" + a.host() + "', " + a.port() + ")";
        }
        if (x instanceof List<?> items) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(repr(items.get(i)));
            }
            return sb.append(items.size() == 1 ? ",)" : ")").toString();
        }
        return x.toString();
    }

    /** {@code repr(b)} for bytes: {@code b'hello\r\n'}, single quotes unless the bytes hold one and no double. */
    public static String bytesRepr(byte[] b) {
        boolean single = false;
        boolean dbl = false;
        for (byte v : b) {
            single |= v == '\'';
            dbl |= v == '"';
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(q);
        for (byte v : b) {
            int c = v & 0xff;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    /** {@code repr(s)} for str: quoted, with the escapes Python uses for control characters. */
    public static String stringRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(q).toString();
    }

    /** {@code repr(f)} for a float: the shortest text that reads back the same, always with a point or exponent. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        return Double.toString(d).replace("E", "e");
    }
}
