package org.udpsim.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;

/**
 * The value syntax of scenario files: durations ({@code 30s}), rates ({@code 54mbit}), percentages ({@code 5%}),
 * whole numbers, IPv4 addresses and prefixes, {@code IP:PORT}. Each reader throws a {@link ValueException} that
 * says what was expected, and writers give the text back in the same syntax.
 */
final class Units {
    static final String DURATION = "a duration like 30s";
    static final String RATE = "a rate like 54mbit";
    static final String PERCENT = "a percentage like 5%";
    static final String WHOLE_NUMBER = "a whole number";

    private static final Pattern NUMBER_UNIT = Pattern.compile("([+-]?)(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*([a-zA-Zµ%]*)");
    private static final String[] TIME_UNITS = {"ns", "us", "ms", "s", "min"};
    private static final long[] TIME_NANOS = {1, SimTime.MICROSECOND, SimTime.MILLISECOND, SimTime.SECOND,
        60 * SimTime.SECOND};
    private static final String[] RATE_UNITS = {"bit", "kbit", "mbit", "gbit"};
    private static final long[] RATE_BITS = {1, 1_000, 1_000_000, 1_000_000_000};

    private Units() {
    }

    /** A duration in nanoseconds, possibly zero or negative (callers check the range): {@code 1.5s}, {@code 200ms}. */
    static long duration(String text) {
        Matcher m = NUMBER_UNIT.matcher(text.strip());
        if (!m.matches()) {
            throw ValueException.expected(DURATION);
        }
        String unit = m.group(3).toLowerCase(Locale.ROOT).replace('µ', 'u');
        if (unit.isEmpty()) {
            throw ValueException.expected(DURATION, " (add a unit: ns, us, ms, s or min)");
        }
        for (int i = 0; i < TIME_UNITS.length; i++) {
            if (TIME_UNITS[i].equals(unit)) {
                BigDecimal nanos = new BigDecimal(m.group(2)).multiply(BigDecimal.valueOf(TIME_NANOS[i]));
                return signed(m.group(1), exactLong(nanos, text.strip(), "a nanosecond"));
            }
        }
        throw ValueException.expected(DURATION, " (units: ns, us, ms, s, min)");
    }

    /** A rate in bits per second, more than 0: {@code 54mbit}, {@code 100kbit}. */
    static long rate(String text) {
        Matcher m = NUMBER_UNIT.matcher(text.strip());
        if (!m.matches() || !m.group(1).isEmpty()) {
            throw ValueException.expected(RATE, " (units: bit, kbit, mbit, gbit)");
        }
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < RATE_UNITS.length; i++) {
            if (RATE_UNITS[i].equals(unit)) {
                long bits = exactLong(new BigDecimal(m.group(2)).multiply(BigDecimal.valueOf(RATE_BITS[i])),
                        text.strip(), "a bit per second");
                if (bits <= 0) {
                    throw ValueException.invalid("a rate must be more than 0, got " + Shown.value(text.strip()));
                }
                return bits;
            }
        }
        throw ValueException.expected(RATE, " (units: bit, kbit, mbit, gbit)");
    }

    /** A share in percent, 0 to 100: {@code 5%}, {@code 0.5%}. */
    static BigDecimal percent(String text) {
        Matcher m = NUMBER_UNIT.matcher(text.strip());
        if (!m.matches() || !m.group(3).equals("%")) {
            if (m.matches() && m.group(3).isEmpty()) {
                throw ValueException.expected(PERCENT, " (write the % sign: 5% is five in a hundred)");
            }
            throw ValueException.expected(PERCENT);
        }
        BigDecimal v = new BigDecimal(m.group(1) + m.group(2));
        if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ValueException.invalid("a percentage must be 0%-100%, got " + Shown.value(text.strip()));
        }
        return v;
    }

    /** A whole number in decimal digits, with an optional sign. */
    static long wholeNumber(String text) {
        String t = text.strip();
        if (!t.matches("[+-]?\\d+")) {
            throw ValueException.expected(WHOLE_NUMBER);
        }
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            throw ValueException.invalid("a whole number must be at most " + Long.MAX_VALUE + ", got " + Shown.value(t));
        }
    }

    /** A whole number from {@code min} to {@code max}; {@code name} is what the message calls it. */
    static long wholeNumber(String text, String name, long min, long max) {
        long v = wholeNumber(text);
        if (v < min || v > max) {
            throw ValueException.invalid(name + " must be " + range(min, max) + ", got " + v);
        }
        return v;
    }

    /** An IPv4 address in dotted-quad form. */
    static Ipv4Address address(String text) {
        try {
            return Ipv4Address.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw ValueException.invalid(e.getMessage());
        }
    }

    /** An IPv4 network such as {@code 192.168.0.0/24}. */
    static Ipv4Prefix prefix(String text) {
        try {
            return Ipv4Prefix.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw ValueException.invalid(e.getMessage());
        }
    }

    /** {@code IP:PORT}, e.g. {@code 192.168.0.3:6000}. */
    static Endpoint endpoint(String text) {
        String t = text.strip();
        int colon = t.lastIndexOf(':');
        if (colon < 0) {
            throw ValueException.expected("IP:PORT like 192.168.0.3:6000");
        }
        Ipv4Address a = address(t.substring(0, colon));
        int port = (int) wholeNumber(t.substring(colon + 1), "a port", 1, 65535);
        return new Endpoint(a, port);
    }

    /** A duration in the largest unit that shows it exactly: {@code 30s}, {@code 1500ms}, {@code 2min}. */
    static String formatDuration(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        for (int i = TIME_UNITS.length - 1; i >= 0; i--) {
            if (nanos % TIME_NANOS[i] == 0) {
                return nanos / TIME_NANOS[i] + TIME_UNITS[i];
            }
        }
        throw new AssertionError(nanos);
    }

    /** A duration for netem, whose units stop at seconds: {@code 20ms}, {@code 90s}. */
    static String formatNetemTime(long nanos) {
        String s = formatDuration(nanos);
        return s.endsWith("min") ? nanos / SimTime.SECOND + "s" : s;
    }

    /** A rate in the largest unit that shows it exactly: {@code 54mbit}, {@code 1500kbit}. */
    static String formatRate(long bits) {
        for (int i = RATE_UNITS.length - 1; i >= 0; i--) {
            if (bits % RATE_BITS[i] == 0) {
                return bits / RATE_BITS[i] + RATE_UNITS[i];
            }
        }
        throw new AssertionError(bits);
    }

    /** A percentage without needless zeros: {@code 5%}, {@code 0.5%}. */
    static String formatPercent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    /** "0-15", "1 or more". */
    static String range(long min, long max) {
        return max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? min + " or more" : min + "-" + max;
    }

    private static long signed(String sign, long v) {
        return sign.equals("-") ? -v : v;
    }

    private static long exactLong(BigDecimal v, String text, String smallest) {
        BigDecimal whole = v.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw ValueException.invalid("'" + Shown.value(text) + "' is finer than " + smallest);
        }
        BigInteger i = whole.toBigIntegerExact();
        if (i.bitLength() > 62) {
            throw ValueException.invalid("'" + Shown.value(text) + "' is too large");
        }
        return i.longValue();
    }
}
