package org.udpsim.impairments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * netem's value syntax, read and written: shares in percent, times with tc's units, rates with tc's units.
 *
 * <p>Reading follows iproute2's {@code tc}: a share is a number with or without {@code %} ({@code 0.5} is half a
 * percent, as {@code tc} reads it); a time takes {@code s/sec/secs}, {@code ms/msec/msecs}, {@code us/usec/usecs}
 * or {@code ns/nsec/nsecs}, any case, and a bare number counts in microseconds as {@code get_time()} in tc_util.c
 * has it (iproute2 6.9 and later read a bare delay in nanoseconds, hence the parser's warning); a rate takes
 * tc's suffixes ({@code bit, kbit, mbit, gbit, tbit}, the binary {@code kibit...}, and {@code bps, kbps...} which
 * in tc mean <em>bytes</em> per second), and a bare number counts in bits per second. Writing picks the largest
 * unit that shows the value exactly, so a written value reads back to the same number.
 */
final class NetemFormat {
    private static final String NUMBER = "-?(\\d+(\\.\\d*)?|\\.\\d+)";

    private NetemFormat() {
    }

    /** True if the token begins like a number, the way tc decides whether an optional value follows. */
    static boolean looksNumeric(String token) {
        if (token.isEmpty()) {
            return false;
        }
        char c = token.charAt(0);
        if (c == '-' && token.length() > 1) {
            c = token.charAt(1);
        }
        return Character.isDigit(c) || c == '.';
    }

    /** True if the token is a plain number with no unit at all. */
    static boolean isBareNumber(String token) {
        return token.matches(NUMBER);
    }

    /** The number at the start of {@code token} and the unit after it. */
    private static String[] split(String token) {
        int end = 0;
        if (end < token.length() && token.charAt(end) == '-') {
            end++;
        }
        while (end < token.length() && (Character.isDigit(token.charAt(end)) || token.charAt(end) == '.')) {
            end++;
        }
        String number = token.substring(0, end);
        if (!number.matches(NUMBER)) {
            return null;
        }
        return new String[] {number, token.substring(end)};
    }

    /** Reads a share such as {@code 20%}, {@code 20} or {@code 0.5%}; the range is checked by the caller. */
    static double parsePercent(String option, String token) {
        String[] parts = split(token);
        if (parts == null || !(parts[1].isEmpty() || parts[1].equals("%"))) {
            throw new NetemException(option, option + " needs a share in percent such as 20%, got \"" + token + "\"");
        }
        double value = Double.parseDouble(parts[0]);
        Checks.percent(option, value);
        return value;
    }

    /** Reads a time such as {@code 20ms}, {@code 1.5s} or {@code 100} (microseconds), in nanoseconds. */
    static long parseTime(String option, String token) {
        String[] parts = split(token);
        long unit = parts == null ? -1 : timeUnit(parts[1]);
        if (unit < 0) {
            throw new NetemException(option, option + " needs a time such as 20ms (units: s, ms, us, ns), got \""
                    + token + "\"");
        }
        BigDecimal nanos = new BigDecimal(parts[0]).multiply(BigDecimal.valueOf(unit));
        if (nanos.signum() < 0) {
            throw new NetemException(option, option + " must not be negative, was " + token);
        }
        if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new NetemException(option, option + " is too long: " + token);
        }
        return nanos.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static long timeUnit(String unit) {
        switch (unit.toLowerCase(Locale.ROOT)) {
            case "":
            case "us":
            case "usec":
            case "usecs":
                return 1_000L;
            case "s":
            case "sec":
            case "secs":
                return 1_000_000_000L;
            case "ms":
            case "msec":
            case "msecs":
                return 1_000_000L;
            case "ns":
            case "nsec":
            case "nsecs":
                return 1L;
            default:
                return -1;
        }
    }

    /** Reads a rate such as {@code 1mbit}, {@code 100kbit} or {@code 125kbps} (bytes!), in bits per second. */
    static long parseRate(String option, String token) {
        String[] parts = split(token);
        if (parts != null && parts[1].equals("%")) {
            throw new NetemException(option, option + " as a share of the device speed (" + token
                    + ") is not supported: give bits per second such as 10mbit");
        }
        double unit = parts == null ? -1 : rateUnit(parts[1]);
        if (unit < 0) {
            throw new NetemException(option, option + " needs a rate such as 1mbit or 100kbit, got \"" + token + "\"");
        }
        BigDecimal bits = new BigDecimal(parts[0]).multiply(new BigDecimal(unit));
        if (bits.signum() < 0) {
            throw new NetemException(option, option + " must not be negative, was " + token);
        }
        if (bits.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new NetemException(option, option + " is too large: " + token);
        }
        return bits.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** True if the rate's unit counts bytes (tc's {@code bps} family), which surprises people. */
    static boolean isByteRateUnit(String token) {
        String[] parts = split(token);
        return parts != null && parts[1].toLowerCase(Locale.ROOT).endsWith("bps");
    }

    private static double rateUnit(String unit) {
        switch (unit.toLowerCase(Locale.ROOT)) {
            case "":
            case "bit":
                return 1;
            case "kbit":
                return 1e3;
            case "mbit":
                return 1e6;
            case "gbit":
                return 1e9;
            case "tbit":
                return 1e12;
            case "kibit":
                return 1024.0;
            case "mibit":
                return 1024.0 * 1024;
            case "gibit":
                return 1024.0 * 1024 * 1024;
            case "tibit":
                return 1024.0 * 1024 * 1024 * 1024;
            case "bps":
                return 8;
            case "kbps":
                return 8e3;
            case "mbps":
                return 8e6;
            case "gbps":
                return 8e9;
            case "tbps":
                return 8e12;
            case "kibps":
                return 8 * 1024.0;
            case "mibps":
                return 8 * 1024.0 * 1024;
            case "gibps":
                return 8 * 1024.0 * 1024 * 1024;
            case "tibps":
                return 8 * 1024.0 * 1024 * 1024 * 1024;
            default:
                return -1;
        }
    }

    /** Reads a whole number such as a limit or a gap. */
    static long parseInteger(String option, String token) {
        if (!token.matches("-?\\d+")) {
            throw new NetemException(option, option + " needs a whole number, got \"" + token + "\"");
        }
        try {
            return Long.parseLong(token);
        } catch (NumberFormatException e) {
            throw new NetemException(option, option + " is too large: " + token);
        }
    }

    /** A share as netem writes it: {@code 20%}, {@code 0.5%}; reads back to the same double. */
    static String percent(double percent) {
        return BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString() + "%";
    }

    /** A time with the largest unit that shows it exactly: {@code 20ms}, {@code 1500us}, {@code 2s}. */
    static String time(long nanos) {
        if (nanos == 0) {
            return "0ms";
        }
        if (nanos % 1_000_000_000L == 0) {
            return nanos / 1_000_000_000L + "s";
        }
        if (nanos % 1_000_000L == 0) {
            return nanos / 1_000_000L + "ms";
        }
        if (nanos % 1_000L == 0) {
            return nanos / 1_000L + "us";
        }
        return nanos + "ns";
    }

    /** A rate with the largest decimal unit that shows it exactly: {@code 1mbit}, {@code 1500kbit}. */
    static String rate(long bitsPerSecond) {
        if (bitsPerSecond != 0 && bitsPerSecond % 1_000_000_000L == 0) {
            return bitsPerSecond / 1_000_000_000L + "gbit";
        }
        if (bitsPerSecond != 0 && bitsPerSecond % 1_000_000L == 0) {
            return bitsPerSecond / 1_000_000L + "mbit";
        }
        if (bitsPerSecond != 0 && bitsPerSecond % 1_000L == 0) {
            return bitsPerSecond / 1_000L + "kbit";
        }
        return bitsPerSecond + "bit";
    }
}
